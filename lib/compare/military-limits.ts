// Military limits compare each capped figure, and whether caps are accepted at all.
import type { MilitaryLimitsTerms } from "@/lib/terms/military-limits";
import type { Part, SideLabels } from "./types";
import { describeWants, formatCount, subject } from "./wording";

type CapKey = "maxTroops" | "maxTanks" | "maxArtillery";

/** The capped figures, in display order, with the noun each figure counts. */
export const capFields: ReadonlyArray<{ key: CapKey; label: string; unit: string }> = [
  { key: "maxTroops", label: "troop cap", unit: "troops" },
  { key: "maxTanks", label: "tank cap", unit: "tanks" },
  { key: "maxArtillery", label: "artillery cap", unit: "artillery pieces" },
];

/**
 * "Within 10%" is measured against the larger figure, so the test is symmetric:
 * 90,000 vs 100,000 is within (a gap of exactly 10%), 89,999 vs 100,000 is not.
 * Integer arithmetic keeps the boundary exact.
 */
export function isWithinTenPercent(x: number, y: number): boolean {
  return Math.abs(x - y) * 10 <= Math.max(x, y);
}

export function compareMilitaryLimits(a: MilitaryLimitsTerms, b: MilitaryLimitsTerms, labels: SideLabels): Part[] {
  const acceptA = resolveAcceptance(a);
  const acceptB = resolveAcceptance(b);
  if (acceptA !== undefined && acceptB !== undefined && acceptA !== acceptB) {
    // A refusal outweighs any figures: there is no cap to haggle over.
    return [acceptA ? describeRefusal(a, labels.a, labels.b) : describeRefusal(b, labels.b, labels.a)];
  }
  if (acceptA === false && acceptB === false) {
    const reason = `${labels.a} and ${labels.b} both refuse caps`;
    return [{ key: "capsAccepted", label: "caps", class: "aligned", reason }];
  }
  const parts = capFields.flatMap(({ key, label, unit }) => {
    const x = a[key];
    const y = b[key];
    return x === undefined || y === undefined ? [] : [compareFigures(key, label, unit, x, y, labels)];
  });
  if (parts.length === 0 && acceptA === true && acceptB === true) {
    // Agreeing that caps should exist is not agreeing on them: partly, until figures meet.
    const given = `${labels.a}: ${describeFigures(a)}; ${labels.b}: ${describeFigures(b)}`;
    const reason = `${labels.a} and ${labels.b} both accept caps, but give no figures to compare (${given})`;
    parts.push({ key: "capsAccepted", label: "caps", class: "partly-aligned", reason });
  }
  return parts;
}

/** A figure implies the side accepts caps even if it leaves `capsAccepted` blank. */
function resolveAcceptance(terms: MilitaryLimitsTerms): boolean | undefined {
  if (terms.capsAccepted !== undefined) return terms.capsAccepted;
  return capFields.some(({ key }) => terms[key] !== undefined) ? true : undefined;
}

function compareFigures(key: CapKey, label: string, unit: string, x: number, y: number, labels: SideLabels): Part {
  const gap = Math.abs(x - y);
  if (gap === 0) {
    const cap = `a cap of ${formatCount(x)} ${unit}`;
    return { key, label, class: "aligned", reason: describeWants(labels, cap, cap) };
  }
  const within = isWithinTenPercent(x, y);
  const figures = `${labels.a} ${formatCount(x)} vs ${labels.b} ${formatCount(y)} ${unit}`;
  const reason = `${figures}: a gap of ${formatCount(gap)}${within ? ", within 10%" : ""}`;
  return { key, label, class: within ? "aligned" : "partly-aligned", reason };
}

function describeRefusal(accepting: MilitaryLimitsTerms, acceptingLabel: string, refusingLabel: string): Part {
  const figures = capFields.some(({ key }) => accepting[key] !== undefined) ? ` (${describeFigures(accepting)})` : "";
  return {
    key: "capsAccepted",
    label: "caps",
    class: "opposed",
    reason: `${subject(acceptingLabel, "wants")} caps${figures}, ${subject(refusingLabel, "refuses")} caps`,
  };
}

function describeFigures(terms: MilitaryLimitsTerms): string {
  const given = capFields.flatMap(({ key, unit }) => {
    const n = terms[key];
    return n === undefined ? [] : [`${formatCount(n)} ${unit}`];
  });
  return given.length > 0 ? given.join(", ") : "no figures";
}
