// What a plan's record lacks of the document, in words: points not recorded, numbers not
// known. Pure.

export type GapPoint = { number: string; numberPrinted: boolean };

export type PlanGaps = {
  /** How many points the document has, as reported. */
  pointCount: number | null;
  recorded: number;
  /** Printed numbers with no point recorded, as ranges ("14–21"), when the numbering is plain numbers. */
  missing: string[];
  /** Points listed under a label of Parley's own because the document's number is not known. */
  unnumbered: string[];
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

export function planGaps(points: GapPoint[], pointCount: number | null): PlanGaps {
  const printed = points.filter((p) => p.numberPrinted);
  const unnumbered = points.filter((p) => !p.numberPrinted).map((p) => p.number);
  // Gaps in the numbering can be told only when it is plain numbers ("4", "4a").
  const bases = printed.map((p) => /^(\d+)[a-z]?$/i.exec(p.number)?.[1]).map(Number);
  const numeric = printed.length > 0 && bases.every((n) => Number.isInteger(n) && n > 0);
  let missing: number[] = [];
  if (numeric && unnumbered.length === 0) {
    const top = Math.max(pointCount ?? 0, ...bases);
    const have = new Set(bases);
    missing = Array.from({ length: top }, (_, i) => i + 1).filter((n) => !have.has(n));
  } else if (printed.length === 0 && unnumbered.length === 0 && pointCount) {
    missing = Array.from({ length: pointCount }, (_, i) => i + 1);
  }
  return { pointCount, recorded: points.length, missing: ranges(missing), unnumbered };
}

/** The gaps in sentences, for the plan's page; empty when the record is complete. */
export function gapSentences(gaps: PlanGaps): string[] {
  const out: string[] = [];
  const { pointCount, recorded, missing, unnumbered } = gaps;
  const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
  if (pointCount !== null && recorded === 0) out.push(`The document has ${pointCount} points; none is recorded here, as their text has not been published.`);
  else if (pointCount !== null && recorded < pointCount) out.push(`The document has ${pointCount} points; ${recorded} ${recorded === 1 ? "is" : "are"} recorded here.`);
  else if (pointCount === null && recorded === 0) out.push("No point of this document is recorded: its text is not known.");
  if (missing.length > 0 && recorded > 0) {
    const many = missing.length > 1 || missing[0]!.includes("–");
    out.push(`No point is recorded under ${many ? "numbers" : "number"} ${list(missing)}.`);
  }
  if (unnumbered.length > 0) {
    out.push(
      `${unnumbered.length === 1 ? "One point is" : `${unnumbered.length} points are`} listed under ${unnumbered.length === 1 ? "a label" : "labels"} of Parley's own (${list(unnumbered)}): the document's own numbering of ${unnumbered.length === 1 ? "it" : "them"} is not known.`,
    );
  }
  return out;
}
