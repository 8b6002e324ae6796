// Neutrality compares membership of the alliance the issue names, the guarantees a
// renunciation depends on, foreign troops and non-nuclear status as separate parts
// (docs/comparison-rules.md). The terms do not say which alliance: the name does,
// so reasons speak of "the alliance" and the row stands under the name.
import type { NeutralityTerms } from "@/lib/terms/neutrality";
import type { Part, PartClass, SideLabels } from "./types";
import { describeWants } from "./wording";

type Nato = NonNullable<NeutralityTerms["nato"]>;
type ForeignTroops = NonNullable<NeutralityTerms["foreignTroops"]>;

const natoPhrase: Record<Nato, string> = {
  renounce: "alliance membership renounced",
  "keep-option": "the option of alliance membership kept open",
  seek: "alliance membership",
};

const foreignTroopsPhrase: Record<ForeignTroops, string> = {
  prohibited: "no foreign troops",
  "peacekeepers-only": "foreign peacekeepers only",
  allowed: "foreign troops allowed",
};

// Both scales run from one end to the other with a middle option: the two ends are
// opposed, the middle is partly aligned with either end. The rules fix renounce vs
// seek and renounce vs keep-option; keep-option vs seek follows the same scale: both
// leave membership possible, one only as an option.
const natoScale: readonly Nato[] = ["renounce", "keep-option", "seek"];
const foreignTroopsScale: readonly ForeignTroops[] = ["prohibited", "peacekeepers-only", "allowed"];

function classifyOnScale<T>(scale: readonly T[], x: T, y: T): PartClass {
  const distance = Math.abs(scale.indexOf(x) - scale.indexOf(y));
  return distance === 0 ? "aligned" : distance === 1 ? "partly-aligned" : "opposed";
}

export function compareNeutrality(a: NeutralityTerms, b: NeutralityTerms, labels: SideLabels): Part[] {
  const parts: Part[] = [];
  if (a.nato && b.nato) {
    parts.push({
      key: "nato",
      label: "alliance membership",
      class: classifyOnScale(natoScale, a.nato, b.nato),
      reason: describeWants(labels, natoPhrase[a.nato], natoPhrase[b.nato]),
    });
  }
  const guarantees = compareGuarantees(a, b, labels);
  if (guarantees) parts.push(guarantees);
  if (a.foreignTroops && b.foreignTroops) {
    parts.push({
      key: "foreignTroops",
      label: "foreign troops",
      class: classifyOnScale(foreignTroopsScale, a.foreignTroops, b.foreignTroops),
      reason: describeWants(labels, foreignTroopsPhrase[a.foreignTroops], foreignTroopsPhrase[b.foreignTroops]),
    });
  }
  if (a.nonNuclear !== undefined && b.nonNuclear !== undefined) {
    // Opposed, not partly: non-nuclear status is yes or no, with no middle option, and the
    // rules class the other direct contradictions (renounce vs seek, prohibited vs allowed)
    // as opposed. Guarantees differ in kind: they are a condition on a shared renunciation.
    parts.push({
      key: "nonNuclear",
      label: "non-nuclear status",
      class: a.nonNuclear === b.nonNuclear ? "aligned" : "opposed",
      reason: describeWants(labels, nonNuclearPhrase(a.nonNuclear), nonNuclearPhrase(b.nonNuclear)),
    });
  }
  return parts;
}

function nonNuclearPhrase(nonNuclear: boolean): string {
  return nonNuclear ? "non-nuclear status" : "no non-nuclear commitment";
}

/**
 * When both renounce membership, a blank `guaranteesRequired` counts as "without guarantees"
 * ("false or blank"): a plain renunciation states no condition. Otherwise
 * the flag is compared only when both sides give it.
 */
function compareGuarantees(a: NeutralityTerms, b: NeutralityTerms, labels: SideLabels): Part | null {
  const bothRenounce = a.nato === "renounce" && b.nato === "renounce";
  const x = bothRenounce ? (a.guaranteesRequired ?? false) : a.guaranteesRequired;
  const y = bothRenounce ? (b.guaranteesRequired ?? false) : b.guaranteesRequired;
  if (x === undefined || y === undefined) return null;
  // Two plain renunciations say nothing about guarantees: no part rather than a made-up agreement.
  if (bothRenounce && a.guaranteesRequired === undefined && b.guaranteesRequired === undefined) return null;
  const phrase = (required: boolean) =>
    bothRenounce
      ? required ? "renunciation only with security guarantees" : "renunciation without guarantees as a condition"
      : required ? "security guarantees as a condition" : "no guarantees as a condition";
  return {
    key: "guaranteesRequired",
    label: "security guarantees",
    class: x === y ? "aligned" : "partly-aligned",
    reason: describeWants(labels, phrase(x), phrase(y)),
  };
}
