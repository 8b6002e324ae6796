// Governance compares who runs a territory and who oversees it, the kind of body, whether it
// is technocratic, the parties given a governing role or excluded, the transition's length
// and when elections come (docs/comparison-rules.md, "governance"). A party one side gives a
// governing role and the other excludes, or a body one side names and the other rejects,
// is opposed; an outside administration against a local one is opposed.
import type { GovernanceTerms } from "@/lib/terms/governance";
import { administratorKindLabel } from "@/lib/terms/labels";
import { partyName } from "@/lib/terms/terms-context";
import { compareIncludedExcluded, comparePartyLists, normaliseText, type IncludedExcluded } from "./lists";
import type { CompareContext, Part, PartClass, SideLabels } from "./types";
import { describeWants, subject } from "./wording";

type Terms = GovernanceTerms;
type Kind = NonNullable<Terms["administratorKind"]>;

const governing: IncludedExcluded<Terms> = {
  key: "governingParties",
  label: "who governs",
  included: (t) => t.governingParties,
  excluded: (t) => t.excluded,
  as: "in a governing role",
};

const outside = (k: Kind) => k === "international-administration" || k === "foreign-state";

export function classifyAdministratorKind(x: Kind, y: Kind): PartClass {
  if (x === y) return "aligned";
  return outside(x) === outside(y) ? "partly-aligned" : "opposed";
}

/** A body (administrator or overseer): named by one side and rejected by the other → opposed; else the same wording or not. */
function compareBody(key: "administrator" | "overseenBy", label: string, verb: string, a: Terms, b: Terms, labels: SideLabels): Part | null {
  const rejects = (t: Terms, body: string | undefined) => body !== undefined && (t.rejectedAdministrators ?? []).some((r) => normaliseText(r) === normaliseText(body));
  if (rejects(b, a[key]) || rejects(a, b[key])) {
    const [who, body, other] = rejects(b, a[key]) ? [labels.a, a[key]!, labels.b] : [labels.b, b[key]!, labels.a];
    return { key, label, class: "opposed", reason: `${subject(who, "wants")} ${body} to ${verb} the territory, ${subject(other, "rejects")} it` };
  }
  const x = a[key];
  const y = b[key];
  if (!x || !y) return null;
  const same = normaliseText(x) === normaliseText(y);
  return { key, label, class: same ? "aligned" : "partly-aligned", reason: describeWants(labels, `${x} to ${verb} the territory`, `${same ? x : y} to ${verb} the territory`) };
}

function compareMonths(key: "transitionMonths" | "electionsWithinMonths", label: string, noun: string, a: Terms, b: Terms, labels: SideLabels): Part | null {
  const x = a[key];
  const y = b[key];
  if (x === undefined || y === undefined) return null;
  const phrase = (n: number) => `${noun} within ${n === 1 ? "a month" : `${n} months`}`;
  return { key, label, class: x === y ? "aligned" : "partly-aligned", reason: describeWants(labels, phrase(x), phrase(y)) };
}

export function compareGovernance(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part[] {
  const name = (slug: string) => partyName(context, slug);
  const parts = [
    compareIncludedExcluded(governing, a, b, labels, name),
    comparePartyLists("excluded", "who is excluded", a.excluded, b.excluded, labels, name),
    compareBody("administrator", "who administers", "administer", a, b, labels),
    compareBody("overseenBy", "who oversees", "oversee", a, b, labels),
    a.administratorKind && b.administratorKind
      ? {
          key: "administratorKind",
          label: "the kind of administration",
          class: classifyAdministratorKind(a.administratorKind, b.administratorKind),
          reason: describeWants(labels, administratorKindLabel[a.administratorKind].toLowerCase(), administratorKindLabel[b.administratorKind].toLowerCase()),
        }
      : null,
    a.technocratic !== undefined && b.technocratic !== undefined
      ? {
          key: "technocratic",
          label: "technocrats",
          class: (a.technocratic === b.technocratic ? "aligned" : "partly-aligned") as PartClass,
          reason: describeWants(labels, a.technocratic ? "technocrats" : "not technocrats", b.technocratic ? "technocrats" : "not technocrats"),
        }
      : null,
    compareMonths("transitionMonths", "the transition", "a transition", a, b, labels),
    compareMonths("electionsWithinMonths", "elections", "elections", a, b, labels),
  ];
  return parts.filter((p): p is Part => p !== null);
}
