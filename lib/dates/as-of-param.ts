// The `asOf` URL parameter of the reading pages: a statement date, YYYY-MM-DD. A bad value
// is reported to the reader rather than thrown, so a mistyped link still shows a page.
import { formatPartialDate, parsePartialDate } from "./partial-date";

export type AsOfParam =
  | { kind: "none" }
  | { kind: "valid"; date: Date; text: string }
  | { kind: "invalid"; text: string; message: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `asOf` from a search-params value; blank or missing means "today's record". */
export function parseAsOfParam(value: string | string[] | undefined): AsOfParam {
  const raw = Array.isArray(value) ? value[0] : value;
  const text = raw?.trim() ?? "";
  if (text === "") return { kind: "none" };
  const parsed = DAY.test(text) ? parsePartialDate(text) : null;
  if (parsed) return { kind: "valid", date: parsed.date, text };
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return {
    kind: "invalid",
    text,
    message: `“${shown}” is not a date Parley can show positions for. Use a real calendar date as YYYY-MM-DD (for example 2022-04-01) between 1900 and 2200.`,
  };
}

/** The date to pass to data functions: only a valid `asOf` counts. */
export function asOfDate(param: AsOfParam): Date | undefined {
  return param.kind === "valid" ? param.date : undefined;
}

/** "1 April 2022". */
export function formatAsOf(date: Date): string {
  return formatPartialDate(date, "day");
}

/** Today's date in UTC as YYYY-MM-DD, the upper end of date controls. */
export function todayText(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
