// How a value from a record reads in words: names instead of ids, dates in words,
// citations as "outlet: title — official statement: “quote” (speaker)", term codes as
// their labels. History diffs and the conflict screen both read values through here.
import { formatPartialDateText, toPartialDateText } from "@/lib/dates/partial-date";
import { formatDay, formatMoment } from "@/lib/dates/format-date";
import { allAreasLabel, describeClaim, termAreaListFields, termDateFields, termPartyListFields, termValueLabel } from "@/lib/terms/labels";
import { ALL_AREAS } from "@/lib/terms/territory";
import { attributionKind } from "@/lib/vocab";
import { attributionLabel, stanceLabel } from "@/lib/vocab/labels";
import { fieldLabel, referenceFields, timestampFields } from "./field-labels";
import { storedOutline } from "@/lib/maps/stored-outline";
import { summariseOutline } from "@/lib/maps/outline-summary";

/** Names keyed "kind:id" (lib/records/resolve-names.ts). */
export type Names = Record<string, string>;

const DATE_FIELDS = new Set(["statedOn", "withdrawnOn", "date", "publishedOn", ...termDateFields]);

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
  // An area's drawn outline reads as its kind and size, never as its coordinates.
  const outline = storedOutline(out.outline);
  if (outline) out.outline = summariseOutline(outline);
  return out;
}

/** The key under which `names` holds what terms name by slug (lib/records/resolve-names.ts). */
export function termNameKey(kind: "area" | "party", slug: string) {
  return `${kind}-slug:${slug}`;
}

/** An area or a party a claim names by slug, by its record's name when known. */
export function termSlugName(kind: "area" | "party", slug: string, names: Names): string {
  if (kind === "area" && slug === ALL_AREAS) return allAreasLabel;
  return names[termNameKey(kind, slug)] ?? slug;
}

export function nameOf(field: string, id: string, names: Names): string {
  const kind = referenceFields[field];
  return (kind && names[`${kind}:${id}`]) || id;
}

function attribution(value: unknown) {
  const parsed = attributionKind.safeParse(value);
  return parsed.success ? attributionLabel[parsed.data].toLowerCase() : String(value ?? "");
}

/** Fields whose stored codes read as words ("demands" → "Demands"). */
const valueLabel: Record<string, Record<string, string>> = { stance: stanceLabel, ...termValueLabel };
const labelled = (field: string, value: unknown) => valueLabel[field]?.[String(value)] ?? String(value ?? "");

/** How the items of a list are joined: "; " in a table cell, one per line side by side. */
export type ValueStyle = { itemSeparator: string };
const inline: ValueStyle = { itemSeparator: "; " };

/** `field` is the field the value sits in (for an item of a list, the list's field); "none" for no value. */
export function formatValue(field: string, value: unknown, names: Names, style: ValueStyle = inline): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return new Intl.NumberFormat("en-GB").format(value);
  if (typeof value === "string") {
    if (referenceFields[field]) return nameOf(field, value, names);
    if (field === "area" || field === "party") return termSlugName(field, value, names);
    if (termPartyListFields.has(field)) return termSlugName("party", value, names);
    if (termAreaListFields.has(field)) return termSlugName("area", value, names);
    if (timestampFields.has(field) && !Number.isNaN(Date.parse(value))) return formatMoment(new Date(value));
    if (DATE_FIELDS.has(field)) {
      if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDay(value);
      return formatPartialDateText(value) ?? value;
    }
    return labelled(field, value);
  }
  if (Array.isArray(value)) return value.map((item) => formatValue(field, item, names, style)).join(style.itemSeparator) || "none";
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
    if (typeof v.area === "string" && typeof v.outcome === "string") {
      const area = termSlugName("area", v.area, names);
      const claim = { outcome: v.outcome, party: typeof v.party === "string" ? v.party : undefined, recognition: v.recognition } as Parameters<typeof describeClaim>[0];
      return `${area}: ${describeClaim(claim, (slug) => names[termNameKey("party", slug)] ?? slug)}`;
    }
    return Object.entries(v)
      .map(([k, inner]) => `${fieldLabel(k)}: ${formatValue(k, inner, names, style)}`)
      .join("; ");
  }
  return String(value);
}
