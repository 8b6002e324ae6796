// Funding compares how much, over how long, who pays and who will not, who administers the
// money and where it comes from, the plans each side backs or rejects, where it goes and
// the conditions set on it (docs/comparison-rules.md, "funding"). A payer, plan or area one
// side names and the other rules out is opposed. Amounts within 5% of each other are the
// same figure given at different precision.
import type { FundingTerms } from "@/lib/terms/funding";
import { areaName, partyName } from "@/lib/terms/terms-context";
import { compareIncludedExcluded, comparePreconditions, normaliseText, type IncludedExcluded } from "./lists";
import type { CompareContext, Part, PartClass, SideLabels } from "./types";
import { describeWants } from "./wording";

type Terms = FundingTerms;

const payers: IncludedExcluded<Terms> = { key: "payers", label: "who pays", included: (t) => t.payers, excluded: (t) => t.declinedPayers, as: "as paying" };
const plans: IncludedExcluded<Terms> = { key: "plans", label: "the plan", included: (t) => t.endorsedPlans, excluded: (t) => t.rejectedPlans, as: "as the plan to follow" };
const areas: IncludedExcluded<Terms> = { key: "areas", label: "where the money goes", included: (t) => t.areas, excluded: (t) => t.excludedAreas, as: "as a place to fund" };

/** "$20 billion", "$800 million", "$5,000". */
export function formatUsd(n: number): string {
  if (n >= 1e9) return `$${Number((n / 1e9).toFixed(1)).toLocaleString("en-GB")} billion`;
  if (n >= 1e6) return `$${Number((n / 1e6).toFixed(1)).toLocaleString("en-GB")} million`;
  return `$${n.toLocaleString("en-GB")}`;
}

export function classifyAmount(x: number, y: number): PartClass {
  return Math.abs(x - y) <= 0.05 * Math.max(x, y) ? "aligned" : "partly-aligned";
}

function compareText(key: "administeredBy" | "source", label: string, noun: string, a: Terms, b: Terms, labels: SideLabels): Part | null {
  const x = a[key];
  const y = b[key];
  if (!x || !y) return null;
  const same = normaliseText(x) === normaliseText(y);
  return { key, label, class: same ? "aligned" : "partly-aligned", reason: describeWants(labels, `${noun} ${x}`, `${noun} ${same ? x : y}`) };
}

export function compareFunding(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part[] {
  const parts: (Part | null)[] = [];
  if (a.amountUsd !== undefined && b.amountUsd !== undefined) {
    parts.push({ key: "amountUsd", label: "the amount", class: classifyAmount(a.amountUsd, b.amountUsd), reason: describeWants(labels, formatUsd(a.amountUsd), formatUsd(b.amountUsd)) });
  }
  if (a.durationYears !== undefined && b.durationYears !== undefined) {
    const phrase = (n: number) => (n === 1 ? "funding over a year" : `funding over ${n} years`);
    parts.push({ key: "durationYears", label: "over how long", class: a.durationYears === b.durationYears ? "aligned" : "partly-aligned", reason: describeWants(labels, phrase(a.durationYears), phrase(b.durationYears)) });
  }
  parts.push(
    compareIncludedExcluded(payers, a, b, labels, (slug) => partyName(context, slug)),
    compareIncludedExcluded(plans, a, b, labels, (plan) => plan),
    compareIncludedExcluded(areas, a, b, labels, (slug) => areaName(context, slug)),
    compareText("administeredBy", "who administers the money", "the money administered by", a, b, labels),
    compareText("source", "where the money comes from", "money from", a, b, labels),
    comparePreconditions(a.preconditions, b.preconditions, labels),
  );
  return parts.filter((p): p is Part => p !== null);
}
