// Compares two parties' structured terms on one issue by the rules of its kind.
import type { z } from "zod";
import { isEmptyTerms, termsSchemaByKind, type TermsByKind } from "@/lib/terms";
import type { IssueKind } from "@/lib/vocab";
import { compareCeasefire } from "./ceasefire";
import { compareMilitaryLimits } from "./military-limits";
import { compareNeutrality } from "./neutrality";
import { compareReparations } from "./reparations";
import { compareAidAccess } from "./aid-access";
import { compareDeployment } from "./deployment";
import { compareDisarmament } from "./disarmament";
import { compareGovernance } from "./governance";
import { compareFunding } from "./funding";
import { compareRecognition } from "./recognition";
import { compareEnforcement } from "./enforcement";
import { compareElections } from "./elections";
import { compareExchange } from "./exchange";
import { compareMeeting } from "./meeting";
import { compareMembership } from "./membership";
import { compareSanctions } from "./sanctions";
import { compareSecurityGuarantees } from "./security-guarantees";
import { summariseParts } from "./summarise-parts";
import { subject } from "./wording";
import { compareTerritory } from "./territory";
import { emptyTermsContext } from "@/lib/terms/terms-context";
import { defaultSideLabels, type CompareContext, type Comparison, type NotCompared, type Part, type SideLabels } from "./types";

type Compare<T> = (a: T, b: T, labels: SideLabels, context: CompareContext) => Part[] | NotCompared;

/**
 * Each issue kind's comparison rule (docs/comparison-rules.md), one line per kind; a kind
 * without one (general) is shown side by side and classed unknown. A new kind that is not
 * listed here fails the type check.
 */
const rules: { [K in IssueKind]: Compare<TermsByKind[K]> | null } = {
  ceasefire: compareCeasefire,
  territory: compareTerritory,
  neutrality: compareNeutrality,
  reparations: compareReparations,
  "military-limits": compareMilitaryLimits,
  "security-guarantees": compareSecurityGuarantees,
  sanctions: compareSanctions,
  exchange: compareExchange,
  meeting: compareMeeting,
  membership: compareMembership,
  elections: compareElections,
  "aid-access": compareAidAccess,
  deployment: compareDeployment,
  disarmament: compareDisarmament,
  governance: compareGovernance,
  funding: compareFunding,
  recognition: compareRecognition,
  enforcement: compareEnforcement,
  general: null,
};

/**
 * Terms arrive as stored JSON, so they are parsed here with the kind's schema; terms that
 * do not parse are reported as unknown rather than half-read. `context` gives what terms
 * name by slug (the negotiation's areas and their holders, parties' names) and the date.
 */
export function compareTerms(
  kind: IssueKind,
  a: unknown,
  b: unknown,
  labels: SideLabels = defaultSideLabels,
  context: CompareContext = emptyTermsContext,
): Comparison {
  const rule = rules[kind] as Compare<unknown> | null;
  if (!rule) {
    return {
      class: "unknown",
      parts: [],
      reason: "General issues are not compared by rule: the positions are shown side by side.",
    };
  }
  const blank = describeBlankSides(a, b, labels);
  if (blank) return { class: "unknown", parts: [], reason: blank };
  return compareParsed(termsSchemaByKind[kind] as z.ZodType<unknown>, rule, a, b, labels, context);
}

function describeBlankSides(a: unknown, b: unknown, labels: SideLabels): string | null {
  const blankA = isEmptyTerms(a);
  const blankB = isEmptyTerms(b);
  if (blankA && blankB) return `Neither ${labels.a} nor ${subject(labels.b, "has")} structured terms on this issue.`;
  if (blankA) return `${subject(labels.a, "has")} no structured terms on this issue.`;
  if (blankB) return `${subject(labels.b, "has")} no structured terms on this issue.`;
  return null;
}

function compareParsed<T>(
  schema: z.ZodType<T>,
  compare: Compare<T>,
  a: unknown,
  b: unknown,
  labels: SideLabels,
  context: CompareContext,
): Comparison {
  const pa = schema.safeParse(a);
  const pb = schema.safeParse(b);
  if (!pa.success || !pb.success) {
    const unreadable = [pa.success ? null : labels.a, pb.success ? null : labels.b].filter((l) => l !== null);
    const whose = unreadable.join(" and ");
    return {
      class: "unknown",
      parts: [],
      reason: `The terms of ${whose} do not match the shape of this issue's kind, so they are not compared.`,
    };
  }
  const result = compare(pa.data, pb.data, labels, context);
  if ("notCompared" in result) return { class: "unknown", parts: [], reason: result.notCompared };
  return summariseParts(result, labels);
}
