// Ceasefire compares its type first; length, start, scope and preconditions only
// matter when both sides want a ceasefire at all (docs/comparison-rules.md).
import type { CeasefireTerms } from "@/lib/terms/ceasefire";
import { formatPartialDateText } from "@/lib/dates/partial-date";
import type { Part, SideLabels } from "./types";
import { comparePreconditions } from "./lists";
import { describeWants } from "./wording";

type CeasefireType = NonNullable<CeasefireTerms["type"]>;
type Scope = NonNullable<CeasefireTerms["scope"]>;

const typePhrase: Record<CeasefireType, string> = {
  unconditional: "an unconditional ceasefire",
  conditional: "a ceasefire on conditions",
  none: "no ceasefire before a settlement",
};

const scopePhrase: Record<Scope, string> = {
  full: "a full ceasefire",
  "air-sea": "a truce in the air and at sea",
  energy: "a truce on energy infrastructure",
  "black-sea": "a truce in the Black Sea",
  holiday: "a holiday truce",
  partial: "a partial ceasefire",
};

export function compareCeasefire(a: CeasefireTerms, b: CeasefireTerms, labels: SideLabels): Part[] {
  const parts: Part[] = [];
  if (a.type && b.type) parts.push(compareType(a.type, b.type, labels));
  // A side that wants no ceasefire before a settlement has no length or start to agree on;
  // its preconditions, if any, are for the settlement, not for a truce.
  if (a.type === "none" || b.type === "none") return parts;

  if (a.durationDays !== undefined && b.durationDays !== undefined) {
    parts.push({
      key: "durationDays",
      label: "length",
      class: a.durationDays === b.durationDays ? "aligned" : "partly-aligned",
      reason: describeWants(labels, `a ceasefire of ${a.durationDays} days`, `a ceasefire of ${b.durationDays} days`),
    });
  }
  if (a.startDate && b.startDate) {
    parts.push({
      key: "startDate",
      label: "start",
      class: a.startDate === b.startDate ? "aligned" : "partly-aligned",
      reason: describeWants(labels, `a start on ${formatDate(a.startDate)}`, `a start on ${formatDate(b.startDate)}`),
    });
  }
  // Scope is not named in the rule, but an energy-only truce is not the full
  // ceasefire the other side asks for: differing scopes are partly aligned, never opposed.
  if (a.scope && b.scope) {
    parts.push({
      key: "scope",
      label: "scope",
      class: a.scope === b.scope ? "aligned" : "partly-aligned",
      reason: describeWants(labels, scopePhrase[a.scope], scopePhrase[b.scope]),
    });
  }
  const preconditions = comparePreconditions(a.preconditions, b.preconditions, labels);
  if (preconditions) parts.push(preconditions);
  // Monitoring is free text: shown side by side, not judged.
  return parts;
}

function compareType(x: CeasefireType, y: CeasefireType, labels: SideLabels): Part {
  const wantsTruce = (t: CeasefireType) => t !== "none";
  const cls = x === y ? "aligned" : wantsTruce(x) && wantsTruce(y) ? "partly-aligned" : "opposed";
  const reason = describeWants(labels, typePhrase[x], typePhrase[y]);
  return { key: "type", label: "ceasefire type", class: cls, reason };
}

function formatDate(iso: string): string {
  return formatPartialDateText(iso) ?? iso;
}
