// Dates known only to the year or month keep that precision. They are stored as the
// first day of their period plus a precision, so they sort with full dates and are
// shown as "December 2025" rather than a made-up day.
import { z } from "zod";
import { formatPartialDate } from "./partial-date-format";

export { formatPartialDate, toPartialDateText } from "./partial-date-format";

export const datePrecisions = ["day", "month", "year"] as const;
export type DatePrecision = (typeof datePrecisions)[number];

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export const partialDate = z
  .string()
  .trim()
  .refine((s) => parsePartialDate(s) !== null, { error: "Use a date as YYYY-MM-DD, YYYY-MM or YYYY" });

export type ParsedDate = { date: Date; precision: DatePrecision };

export function parsePartialDate(text: string): ParsedDate | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2200) return null;
  return { date, precision: d ? "day" : mo ? "month" : "year" };
}

/** Formats partial-date text as stored on sources ("2025-12" → "December 2025"). */
export function formatPartialDateText(text: string | null | undefined): string | null {
  if (!text) return null;
  const parsed = parsePartialDate(text);
  return parsed ? formatPartialDate(parsed.date, parsed.precision) : text;
}
