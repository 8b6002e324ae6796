// Elections compare when they are held, within how many days, whether the current leadership
// may sign before them and on what preconditions (docs/comparison-rules.md, "elections").
import type { ElectionsTerms } from "@/lib/terms/elections";
import { comparePreconditions, normaliseText } from "./lists";
import type { Part, PartClass, SideLabels } from "./types";
import { describeWants } from "./wording";

type Timing = NonNullable<ElectionsTerms["timing"]>;

const timingPhrase: Record<Timing, string> = {
  "before-ceasefire": "elections before a ceasefire",
  "after-ceasefire": "elections after a ceasefire",
  "before-settlement": "elections before the final settlement",
  "after-settlement": "elections after the settlement",
  "not-required": "no elections required",
};

// Elections at different moments are a difference of timing; elections against none
// required excludes each other.
export function classifyTiming(x: Timing, y: Timing): PartClass {
  if (x === y) return "aligned";
  return x === "not-required" || y === "not-required" ? "opposed" : "partly-aligned";
}

export function compareElections(a: ElectionsTerms, b: ElectionsTerms, labels: SideLabels): Part[] {
  const parts: Part[] = [];
  if (a.timing && b.timing) {
    parts.push({
      key: "timing",
      label: "the timing of elections",
      class: classifyTiming(a.timing, b.timing),
      reason: describeWants(labels, timingPhrase[a.timing], timingPhrase[b.timing]),
    });
  }
  if (a.timing === "not-required" || b.timing === "not-required") return parts;
  const within = compareWithin(a, b, labels);
  if (within) parts.push(within);
  if (a.incumbentMaySign !== undefined && b.incumbentMaySign !== undefined) {
    const phrase = (may: boolean) => (may ? "the current leadership able to sign" : "no signature by the current leadership");
    parts.push({
      key: "incumbentMaySign",
      label: "who may sign",
      class: a.incumbentMaySign === b.incumbentMaySign ? "aligned" : "opposed",
      reason: describeWants(labels, phrase(a.incumbentMaySign), phrase(b.incumbentMaySign)),
    });
  }
  const preconditions = comparePreconditions(a.preconditions, b.preconditions, labels);
  if (preconditions) parts.push(preconditions);
  return parts;
}

/**
 * The same number of days counted from different moments (both named) is not the same
 * deadline: partly, like different numbers.
 */
function compareWithin(a: ElectionsTerms, b: ElectionsTerms, labels: SideLabels): Part | null {
  if (a.withinDays === undefined || b.withinDays === undefined) return null;
  const phrase = (t: ElectionsTerms) => `elections within ${t.withinDays} days${t.withinDaysFrom ? ` of the ${t.withinDaysFrom}` : ""}`;
  const differentStart = !!a.withinDaysFrom && !!b.withinDaysFrom && normaliseText(a.withinDaysFrom) !== normaliseText(b.withinDaysFrom);
  return {
    key: "withinDays",
    label: "the deadline",
    class: a.withinDays === b.withinDays && !differentStart ? "aligned" : "partly-aligned",
    reason: describeWants(labels, phrase(a), phrase(b)),
  };
}
