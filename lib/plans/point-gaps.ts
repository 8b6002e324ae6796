// What a plan's record lacks of the document, in words: points not recorded, numbers not
// known. Pure.

/** A recorded point, with the point of the previous version it revises, if any. */
export type GapPoint = { number: string; numberPrinted: boolean; revises?: { number: string } | null };

export type PlanGaps = {
  /**
   * How many points the document has, as reported; for a document that keeps the numbering
   * of the plan it revises or answers, how far that numbering runs.
   */
  pointCount: number | null;
  /**
   * How many points the document itself has: `pointCount`, less the numbers it leaves out
   * ("19 recorded of 26", not "of 28", for a mark-up numbered up to 28 that drops two).
   */
  documentPoints: number | null;
  recorded: number;
  /** Printed numbers with no point recorded, as ranges ("14–21"), when the numbering is plain numbers. */
  missing: string[];
  /** Points listed under a label of Parley's own because the document's number is not known. */
  unnumbered: string[];
  /**
   * Numbers the document leaves out, as ranges: those of the previous version's points it
   * drops, when it keeps that version's numbering. They are not "missing": the document
   * has no point under them.
   */
  leftOut: string[];
};

/** "3", "14–21" from [3, 14, 15, …, 21]. */
export function ranges(numbers: number[]): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return out;
}

/**
 * Whether a plan keeps its previous version's numbering (a mark-up of a draft, say): at least
 * one point revises a point, and every point that does carries that point's printed number.
 */
function keepsNumbering(points: GapPoint[]): boolean {
  const revising = points.filter((p) => p.revises);
  return revising.length > 0 && revising.every((p) => p.numberPrinted && p.number === p.revises!.number);
}

/** Plain numbers ("4", "4a" as 4) of printed labels; NaN for any other label. */
const baseNumber = (label: string) => Number(/^(\d+)[a-z]?$/i.exec(label)?.[1]);

/**
 * `dropped`: the numbers, in the previous version, of the points the plan says it drops.
 * They count as left out, not missing, only when the plan keeps that version's numbering.
 */
export function planGaps(points: GapPoint[], pointCount: number | null, dropped: string[] = []): PlanGaps {
  const printed = points.filter((p) => p.numberPrinted);
  const unnumbered = points.filter((p) => !p.numberPrinted).map((p) => p.number);
  // Gaps in the numbering can be told only when it is plain numbers ("4", "4a").
  const bases = printed.map((p) => baseNumber(p.number));
  const numeric = printed.length > 0 && bases.every((n) => Number.isInteger(n) && n > 0);
  let missing: number[] = [];
  let leftOut: number[] = [];
  if (numeric && unnumbered.length === 0) {
    const top = Math.max(pointCount ?? 0, ...bases);
    const have = new Set(bases);
    if (keepsNumbering(points)) leftOut = dropped.map(baseNumber).filter((n) => Number.isInteger(n) && n > 0 && n <= top && !have.has(n));
    const out = new Set(leftOut);
    missing = Array.from({ length: top }, (_, i) => i + 1).filter((n) => !have.has(n) && !out.has(n));
  } else if (printed.length === 0 && unnumbered.length === 0 && pointCount) {
    missing = Array.from({ length: pointCount }, (_, i) => i + 1);
  }
  const documentPoints = pointCount === null ? null : pointCount - new Set(leftOut.filter((n) => n <= pointCount)).size;
  return { pointCount, documentPoints, recorded: points.length, missing: ranges(missing), unnumbered, leftOut: ranges(leftOut) };
}

/** The gaps in sentences, for the plan's page; empty when the record is complete. */
export function gapSentences(gaps: PlanGaps): string[] {
  const out: string[] = [];
  const { pointCount, recorded, missing, unnumbered, leftOut } = gaps;
  const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
  const numbers = (items: string[]) => `${items.length > 1 || items[0]!.includes("–") ? "numbers" : "number"} ${list(items)}`;
  if (leftOut.length > 0) {
    // A document numbered like the one it revises has fewer points than its numbering runs to.
    const upTo = pointCount === null ? "" : `, up to ${pointCount},`;
    out.push(`The document keeps the numbering of the plan it revises or answers${upTo} and leaves out ${numbers(leftOut)}; ${recorded} of its points ${recorded === 1 ? "is" : "are"} recorded here.`);
  } else if (pointCount !== null && recorded === 0) out.push(`The document has ${pointCount} points; none is recorded here, as their text has not been published.`);
  else if (pointCount !== null && recorded < pointCount) out.push(`The document has ${pointCount} points; ${recorded} ${recorded === 1 ? "is" : "are"} recorded here.`);
  else if (pointCount === null && recorded === 0) out.push("No point of this document is recorded: its text is not known.");
  if (missing.length > 0 && recorded > 0) out.push(`No point is recorded under ${numbers(missing)}.`);
  if (unnumbered.length > 0) {
    out.push(
      `${unnumbered.length === 1 ? "One point is" : `${unnumbered.length} points are`} listed under ${unnumbered.length === 1 ? "a label" : "labels"} of Parley's own (${list(unnumbered)}): the document's own numbering of ${unnumbered.length === 1 ? "it" : "them"} is not known.`,
    );
  }
  return out;
}
