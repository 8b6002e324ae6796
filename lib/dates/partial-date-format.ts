// Showing a stored partial date: "16 May 2025", "December 2025" or "2024". Apart from
// partial-date.ts, which validates input, so components rendered in the browser can show
// dates without the validation library in their bundle.

/** The partial-date text of a stored date, e.g. "2025-12" for a month. */
export function toPartialDateText(date: Date, precision: string): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** "16 May 2025", "December 2025" or "2024". */
export function formatPartialDate(date: Date, precision: string): string {
  const y = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()];
  if (precision === "year") return String(y);
  if (precision === "month") return `${month} ${y}`;
  return `${date.getUTCDate()} ${month} ${y}`;
}
