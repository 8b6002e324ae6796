// Dates editors type: a statement, event or publication date at the precision known
// (YYYY, YYYY-MM or YYYY-MM-DD), or a full calendar date.
import { z } from "zod";
import { latestToday } from "@/lib/dates/latest-today";
import { parsePartialDate } from "@/lib/dates/partial-date";

const blankToNull = (value: unknown) => {
  const text = typeof value === "string" ? value.trim() : value;
  return text === "" || text === undefined ? null : text;
};

/** Whether something may be dated ahead: a statement, a withdrawal or a publication cannot, a scheduled round of talks can. */
export type DateOptions = { past?: boolean };

/** A date (or the start of its month or year) that has begun; text that is no date is left to the format check. */
function hasBegun(text: string): boolean {
  const parsed = parsePartialDate(text);
  return parsed === null || parsed.date.getTime() <= latestToday();
}

function notAhead<S extends z.ZodType<string>>(schema: S, label: string, { past }: DateOptions) {
  return past ? schema.refine(hasBegun, { error: `${label[0]!.toUpperCase()}${label.slice(1)} cannot be after today` }) : schema;
}

function partialDateText(label: string, options: DateOptions) {
  const text = z
    .string({ error: `Enter ${label} as YYYY-MM-DD, YYYY-MM or YYYY` })
    .trim()
    .refine((text) => parsePartialDate(text) !== null, {
      error: `Enter ${label} as YYYY-MM-DD, YYYY-MM or YYYY (a real date between 1900 and 2200)`,
    });
  return notAhead(text, label, options).meta({ pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "A date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD" });
}

/** A required date known to the day, month or year, kept as typed ("2025-05"). */
export function partialDateField(label: string, options: DateOptions = {}) {
  return partialDateText(label, options);
}

/** An optional partial date: empty or missing is null. */
export function optionalPartialDateField(label: string, options: DateOptions = {}) {
  return z.preprocess(blankToNull, partialDateText(label, options).nullable());
}

function dayText(label: string, options: DateOptions) {
  const text = z
    .string({ error: `Enter ${label} as YYYY-MM-DD` })
    .trim()
    .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parsePartialDate(text) !== null, {
      error: `Enter ${label} as YYYY-MM-DD (a real date between 1900 and 2200)`,
    });
  return notAhead(text, label, options).meta({ format: "date" });
}

/** A required full calendar date, YYYY-MM-DD. */
export function dayField(label: string, options: DateOptions = {}) {
  return dayText(label, options);
}

/** An optional full calendar date, YYYY-MM-DD: empty or missing is null. */
export function optionalDayField(label: string, options: DateOptions = {}) {
  return z.preprocess(blankToNull, dayText(label, options).nullable());
}
