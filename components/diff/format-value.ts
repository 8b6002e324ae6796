// How a value from a snapshot reads in a diff: names instead of ids, dates in words,
// citations as "outlet: title — official statement: “quote” (speaker)".
import { formatPartialDateText, toPartialDateText } from "@/lib/dates/partial-date";
import { fieldLabel, referenceFields, timestampFields } from "@/lib/revisions/field-labels";
import { attributionKind } from "@/lib/vocab";
import { attributionLabel } from "@/lib/vocab/labels";

export type Names = Record<string, string>;

const moment = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE_FIELDS = new Set(["statedOn", "withdrawnOn", "date", "publishedOn"]);

/**
 * A snapshot as a reader compares it: dates stored as a first day plus a precision become
 * the partial date they stand for ("2025-05"), so a month-only date reads "May 2025" and a
 * change of precision shows as a change of date.
 */
export function forDisplay(snapshot: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!snapshot) return snapshot;
  const out = { ...snapshot };
  for (const [field, precisionField] of [["statedOn", "statedOnPrecision"], ["date", "datePrecision"]] as const) {
    const value = out[field];
    if (typeof value === "string" && !Number.isNaN(Date.parse(value))) {
      out[field] = toPartialDateText(new Date(value), String(out[precisionField] ?? "day"));
      delete out[precisionField];
    }
  }
  if (typeof out.withdrawnOn === "string") out.withdrawnOn = out.withdrawnOn.slice(0, 10);
  return out;
}

export function nameOf(field: string, id: string, names: Names): string {
  const kind = referenceFields[field];
  return (kind && names[`${kind}:${id}`]) || id;
}

function attribution(value: unknown) {
  const parsed = attributionKind.safeParse(value);
  return parsed.success ? attributionLabel[parsed.data].toLowerCase() : String(value ?? "");
}

/** `field` is the field the value sits in (for an item of a list, the list's field). */
export function formatValue(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return new Intl.NumberFormat("en-GB").format(value);
  if (typeof value === "string") {
    if (referenceFields[field]) return nameOf(field, value, names);
    if (timestampFields.has(field) && !Number.isNaN(Date.parse(value))) return moment.format(new Date(value));
    if (DATE_FIELDS.has(field)) {
      if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return day.format(new Date(value));
      return formatPartialDateText(value) ?? value;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => formatValue(field, item, names)).join("; ") || "none";
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.sourceId === "string") {
      const quote = typeof v.quote === "string" ? `: “${v.quote}”` : "";
      const speaker = typeof v.speaker === "string" ? ` (${v.speaker})` : "";
      return `${nameOf("sourceId", v.sourceId, names)} — ${attribution(v.attribution)}${quote}${speaker}`;
    }
    if (typeof v.partyId === "string") {
      return `${nameOf("partyId", v.partyId, names)}${typeof v.role === "string" ? ` (${v.role})` : ""}`;
    }
    if (typeof v.region === "string") return `${v.region}: ${String(v.claim ?? "")}`;
    return Object.entries(v)
      .map(([k, inner]) => `${fieldLabel(k)}: ${formatValue(k, inner, names)}`)
      .join("; ");
  }
  return String(value);
}
