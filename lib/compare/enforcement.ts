// Enforcement compares who guarantees an agreement and in what form, whose compliance is at
// stake, what is guaranteed, who monitors it, and what follows a breach (docs/comparison-
// rules.md, "enforcement"). Wholly different guarantors, or each side wanting the other
// bound, is opposed; so is no response to a breach against any.
import type { EnforcementTerms } from "@/lib/terms/enforcement";
import { enforcementFormLabel, violationResponseLabel } from "@/lib/terms/labels";
import { partyName } from "@/lib/terms/terms-context";
import { comparePartyLists, normaliseText } from "./lists";
import type { CompareContext, Part, PartClass, SideLabels } from "./types";
import { describeWants, formatCount, joinWords, subject } from "./wording";

type Terms = EnforcementTerms;
type Response = NonNullable<Terms["onViolation"]>;

/** The same parties → aligned; some shared → partly; none shared → opposed. */
function compareSets(key: string, label: string, x: readonly string[] | undefined, y: readonly string[] | undefined, labels: SideLabels, name: (s: string) => string): Part | null {
  if (!x?.length || !y?.length) return null;
  const shared = x.filter((p) => y.includes(p));
  if (shared.length > 0) return comparePartyLists(key, label, x, y, labels, name);
  const words = (list: readonly string[]) => joinWords(list.map(name));
  return { key, label, class: "opposed", reason: `${subject(labels.a, "names")} ${words(x)}, ${subject(labels.b, "names")} ${words(y)}: none in common` };
}

export function classifyResponse(x: Response, y: Response): PartClass {
  if (x === y) return "aligned";
  return x === "none" || y === "none" ? "opposed" : "partly-aligned";
}

export function compareEnforcement(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part[] {
  const name = (slug: string) => partyName(context, slug);
  const parts: (Part | null)[] = [
    compareSets("guarantors", "guarantors", a.guarantors, b.guarantors, labels, name),
    compareSets("appliesTo", "whose compliance", a.appliesTo, b.appliesTo, labels, name),
    comparePartyLists("monitors", "who monitors", a.monitors, b.monitors, labels, name),
    comparePartyLists("enforcedBy", "who enforces", a.enforcedBy, b.enforcedBy, labels, name),
  ];
  if (a.onViolation && b.onViolation) {
    const phrase = (r: Response) => violationResponseLabel[r].toLowerCase();
    parts.push({ key: "onViolation", label: "what follows a breach", class: classifyResponse(a.onViolation, b.onViolation), reason: describeWants(labels, phrase(a.onViolation), phrase(b.onViolation)) });
  }
  if (a.form && b.form) {
    const phrase = (f: NonNullable<Terms["form"]>) => enforcementFormLabel[f].toLowerCase();
    parts.push({ key: "form", label: "the form of the guarantee", class: a.form === b.form ? "aligned" : "partly-aligned", reason: describeWants(labels, phrase(a.form), phrase(b.form)) });
  }
  if (a.monitoring && b.monitoring) {
    const same = normaliseText(a.monitoring) === normaliseText(b.monitoring);
    parts.push({ key: "monitoring", label: "monitoring", class: same ? "aligned" : "partly-aligned", reason: describeWants(labels, `monitoring by ${a.monitoring}`, `monitoring by ${same ? a.monitoring : b.monitoring}`) });
  }
  if (a.monitorCount !== undefined && b.monitorCount !== undefined) {
    const phrase = (n: number) => `${formatCount(n)} monitors`;
    parts.push({ key: "monitorCount", label: "monitors", class: a.monitorCount === b.monitorCount ? "aligned" : "partly-aligned", reason: describeWants(labels, phrase(a.monitorCount), phrase(b.monitorCount)) });
  }
  if (a.guaranteed?.length && b.guaranteed?.length) {
    const x = new Set(a.guaranteed.map(normaliseText));
    const y = new Set(b.guaranteed.map(normaliseText));
    const same = x.size === y.size && [...x].every((g) => y.has(g));
    parts.push({ key: "guaranteed", label: "what is guaranteed", class: same ? "aligned" : "partly-aligned", reason: describeWants(labels, joinWords(a.guaranteed), joinWords(b.guaranteed)) });
  }
  return parts.filter((p): p is Part => p !== null);
}
