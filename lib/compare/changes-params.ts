// The "what changed" view's URL state: `?from=YYYY-MM-DD&to=YYYY-MM-DD&party=…&issue=…`.
// Dates are statement dates; a missing range means the year up to today.
import { z } from "zod";
import { parsePartialDate } from "@/lib/dates/partial-date";

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: unknown) => {
  const value = first(v);
  const text = typeof value === "string" ? value.trim() : value;
  return text === "" || text === null ? undefined : text;
};

const day = (label: string) =>
  z
    .string()
    .refine((t) => /^\d{4}-\d{2}-\d{2}$/.test(t) && parsePartialDate(t) !== null, {
      error: `Enter ${label} as a real date, YYYY-MM-DD (for example 2025-05-16)`,
    });
const slug = z.string().regex(/^[a-z0-9-]{1,100}$/, "Not a valid name");

export const changesInput = z
  .object({
    from: z.preprocess(blankToUndefined, day("the start date").optional()),
    to: z.preprocess(blankToUndefined, day("the end date").optional()),
    party: z.preprocess(blankToUndefined, slug.optional()),
    issue: z.preprocess(blankToUndefined, slug.optional()),
  })
  .refine((c) => !c.from || !c.to || c.from <= c.to, { error: "The start date must not be after the end date", path: ["to"] });
export type ChangesInput = z.infer<typeof changesInput>;

export type ChangesRange = { from: string; to: string };

/** The range asked for, or the year up to `today` when a bound is missing. */
export function changesRange(input: ChangesInput, today: string): ChangesRange {
  const to = input.to ?? (input.from && input.from > today ? input.from : today);
  return { from: input.from ?? shiftYears(to, -1), to };
}

/** The tidy query for what a GET form submitted: its four fields, empty ones left out. */
export function canonicalChangesQuery(params: SearchParams): string {
  const text = (name: string) => {
    const value = first(params[name]);
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  return changesQuery({ from: text("from"), to: text("to"), party: text("party"), issue: text("issue") });
}

/** The query string of a "what changed" view (without "?"), leaving out empty values. */
export function changesQuery(state: { from?: string; to?: string; party?: string; issue?: string }): string {
  return Object.entries(state)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)
    .join("&");
}

function shiftYears(text: string, years: number): string {
  const date = parsePartialDate(text)!.date;
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}
