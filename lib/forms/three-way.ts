// Who changed what, when a save lost a race: each field of the version the editor started
// from, of what they submitted and of what another editor saved meanwhile. Pure, so the
// conflict screen's words and the form's merge follow one rule.
import type { ConflictRow, FieldChange } from "./form-state";

/** One field's change; `base` undefined when the version started from does not record it. */
export function classifyChange(base: string | undefined, yours: string, theirs: string): FieldChange {
  if (base === undefined) return "unrecorded";
  const byYou = yours !== base;
  const byThem = theirs !== base;
  if (byYou && byThem) return yours === theirs ? "both-same" : "both-different";
  return byYou ? "yours" : byThem ? "theirs" : "none";
}

/** "Place", "Place and Summary", "Place, Date and Summary". */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

const labelsOf = (rows: readonly ConflictRow[], ...changes: FieldChange[]) => rows.filter((r) => r.change && changes.includes(r.change)).map((r) => r.label);

/** The rows whose saved value the form should take: changed by the other editor only. */
export function changedOnlyByThem(rows: readonly ConflictRow[]): ConflictRow[] {
  return rows.filter((r) => r.change === "theirs");
}

/**
 * One sentence saying who changed which fields ("They changed Place; you changed Summary;
 * no field was changed by both."), or null for a two-way comparison.
 */
export function summariseChanges(rows: readonly ConflictRow[]): string | null {
  if (!rows.some((r) => r.change)) return null;
  const theirs = labelsOf(rows, "theirs");
  const yours = labelsOf(rows, "yours");
  const same = labelsOf(rows, "both-same");
  const different = labelsOf(rows, "both-different");
  const unrecorded = rows.filter((r) => r.change === "unrecorded" && !r.same).map((r) => r.label);
  const parts = [
    theirs.length ? `They changed ${listLabels(theirs)}` : "They changed no field you left alone",
    yours.length ? `you changed ${listLabels(yours)}` : "you changed no field they left alone",
  ];
  if (different.length) parts.push(`you both changed ${listLabels(different)}, differently`);
  if (same.length) parts.push(`you both changed ${listLabels(same)} the same way`);
  if (!different.length && !same.length) parts.push("no field was changed by both");
  const sentence = `${parts.join("; ")}.`;
  return unrecorded.length
    ? `${sentence} The version you started from does not record ${listLabels(unrecorded)}, so who changed ${unrecorded.length === 1 ? "it" : "them"} is not known.`
    : sentence;
}
