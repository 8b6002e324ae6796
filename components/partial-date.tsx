import { formatPartialDate, toPartialDateText } from "@/lib/dates/partial-date-format";

/** A date shown at the precision it is known to: "16 May 2025", "December 2025" or "2024". */
export function PartialDate({ date, precision = "day" }: { date: Date; precision?: string }) {
  return <time dateTime={toPartialDateText(date, precision)}>{formatPartialDate(date, precision)}</time>;
}
