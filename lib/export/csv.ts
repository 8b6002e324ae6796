// CSV that opens cleanly in a spreadsheet: RFC 4180 quoting, CRLF line ends, and a UTF-8
// byte order mark so Excel reads accents and Cyrillic as UTF-8. Pure.

export const CSV_BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * One cell. A cell a spreadsheet would take for a formula (=, +, -, @, or a leading tab or
 * carriage return, which some strip before looking) gets a leading single quote, so a
 * summary or a source title can never run as one (OWASP "CSV injection"). Cells holding
 * a quote, comma or line break are quoted, quotes doubled.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(",") + CRLF;
}

/** A whole file: BOM, header row, then the rows, every line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return CSV_BOM + csvRow(header) + rows.map(csvRow).join("");
}
