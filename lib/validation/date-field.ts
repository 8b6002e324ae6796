// Dates editors type: a statement, event or publication date at the precision known
// (YYYY, YYYY-MM or YYYY-MM-DD), or a full calendar date.
import { z } from "zod";
import { parsePartialDate } from "@/lib/dates/partial-date";

const blankToNull = (value: unknown) => {
  const text = typeof value === "string" ? value.trim() : value;
  return text === "" || text === undefined ? null : text;
};

function partialDateText(label: string) {
  return z
    .string({ error: `Enter ${label} as YYYY-MM-DD, YYYY-MM or YYYY` })
    .trim()
    .refine((text) => parsePartialDate(text) !== null, {
      error: `Enter ${label} as YYYY-MM-DD, YYYY-MM or YYYY (a real date between 1900 and 2200)`,
    })
    .meta({ pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "A date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD" });
}

/** A required date known to the day, month or year, kept as typed ("2025-05"). */
export function partialDateField(label: string) {
  return partialDateText(label);
}

/** An optional partial date: empty or missing is null. */
export function optionalPartialDateField(label: string) {
  return z.preprocess(blankToNull, partialDateText(label).nullable());
}

function dayText(label: string) {
  return z
    .string({ error: `Enter ${label} as YYYY-MM-DD` })
    .trim()
    .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parsePartialDate(text) !== null, {
      error: `Enter ${label} as YYYY-MM-DD (a real date between 1900 and 2200)`,
    })
    .meta({ format: "date" });
}

/** A required full calendar date, YYYY-MM-DD. */
export function dayField(label: string) {
  return dayText(label);
}

/** An optional full calendar date, YYYY-MM-DD: empty or missing is null. */
export function optionalDayField(label: string) {
  return z.preprocess(blankToNull, dayText(label).nullable());
}
