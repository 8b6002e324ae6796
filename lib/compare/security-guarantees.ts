// Security guarantees compare what is promised, by whom, for how long, and the foreign forces
// that back it (docs/comparison-rules.md, "security guarantees"). A party one side names as a
// guarantor (or as sending forces) and the other says will not be one is a contradiction:
// opposed, whatever else the lists share.
import type { SecurityGuaranteesTerms } from "@/lib/terms/security-guarantees";
import { partyName } from "@/lib/terms/terms-context";
import { compareIncludedExcluded, comparePreconditions, type IncludedExcluded } from "./lists";
import type { CompareContext, Part, PartClass, SideLabels } from "./types";
import { describeWants } from "./wording";

type Terms = SecurityGuaranteesTerms;
type Guarantee = NonNullable<Terms["guarantee"]>;
type ForceTiming = NonNullable<Terms["forceTiming"]>;

const guaranteePhrase: Record<Guarantee, string> = {
  "collective-defence": "a collective-defence guarantee",
  assistance: "assistance short of a defence commitment",
  assurances: "assurances only",
  none: "no guarantee",
};

const forceTimingPhrase: Record<ForceTiming, string> = {
  "after-ceasefire": "forces deployed after a ceasefire",
  "after-settlement": "forces deployed after a settlement",
};

export function classifyGuarantee(x: Guarantee, y: Guarantee): PartClass {
  if (x === y) return "aligned";
  return x === "none" || y === "none" ? "opposed" : "partly-aligned";
}

type Role = IncludedExcluded<Terms>;

const guarantorRole: Role = { key: "guarantors", label: "guarantors", included: (t) => t.guarantors, excluded: (t) => t.nonGuarantors, as: "as a guarantor" };
const contributorRole: Role = {
  key: "forceContributors",
  label: "who sends forces",
  included: (t) => t.forceContributors,
  excluded: (t) => t.forceNonContributors,
  as: "among those sending forces",
};

/** A party included by one side and excluded by the other → opposed (lib/compare/lists.ts). */
function compareRole(role: Role, a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part | null {
  return compareIncludedExcluded(role, a, b, labels, (slug) => partyName(context, slug));
}

export function compareSecurityGuarantees(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part[] {
  const parts: Part[] = [];
  if (a.guarantee && b.guarantee) {
    parts.push({
      key: "guarantee",
      label: "the guarantee",
      class: classifyGuarantee(a.guarantee, b.guarantee),
      reason: describeWants(labels, guaranteePhrase[a.guarantee], guaranteePhrase[b.guarantee]),
    });
  }
  const guarantors = compareRole(guarantorRole, a, b, labels, context);
  if (guarantors) parts.push(guarantors);
  if (a.durationYears !== undefined && b.durationYears !== undefined) {
    const phrase = (n: number) => `a guarantee for ${n} years`;
    parts.push({
      key: "durationYears",
      label: "length",
      class: a.durationYears === b.durationYears ? "aligned" : "partly-aligned",
      reason: describeWants(labels, phrase(a.durationYears), phrase(b.durationYears)),
    });
  }
  parts.push(...compareForces(a, b, labels, context));
  const preconditions = comparePreconditions(a.preconditions, b.preconditions, labels);
  if (preconditions) parts.push(preconditions);
  return parts;
}

function compareForces(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part[] {
  const parts: Part[] = [];
  if (a.foreignForcesAllowed !== undefined && b.foreignForcesAllowed !== undefined) {
    const phrase = (allowed: boolean) => (allowed ? "foreign forces deployed" : "no foreign forces");
    parts.push({
      key: "foreignForcesAllowed",
      label: "foreign forces",
      class: a.foreignForcesAllowed === b.foreignForcesAllowed ? "aligned" : "opposed",
      reason: describeWants(labels, phrase(a.foreignForcesAllowed), phrase(b.foreignForcesAllowed)),
    });
  }
  // Against a refusal of any foreign forces, who sends them and when is beside the point.
  if (a.foreignForcesAllowed === false || b.foreignForcesAllowed === false) return parts;
  const contributors = compareRole(contributorRole, a, b, labels, context);
  if (contributors) parts.push(contributors);
  if (a.forceTiming && b.forceTiming) {
    parts.push({
      key: "forceTiming",
      label: "when forces deploy",
      class: a.forceTiming === b.forceTiming ? "aligned" : "partly-aligned",
      reason: describeWants(labels, forceTimingPhrase[a.forceTiming], forceTimingPhrase[b.forceTiming]),
    });
  }
  return parts;
}
