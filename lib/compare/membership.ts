// Membership of an organisation compares the stance on joining and the timeline
// (docs/comparison-rules.md, "membership"). Two positions naming different organisations
// are not compared.
import type { MembershipTerms } from "@/lib/terms/membership";
import { normaliseText } from "./lists";
import type { NotCompared, Part, PartClass, SideLabels } from "./types";
import { describeWants, subject } from "./wording";

type Stance = NonNullable<MembershipTerms["membership"]>;

const stancePhrase: Record<Stance, string> = {
  allowed: "membership allowed",
  blocked: "membership blocked",
  conditional: "membership only on conditions",
};

// Membership on conditions accepts joining in principle: partly aligned with either end.
export function classifyMembership(x: Stance, y: Stance): PartClass {
  if (x === y) return "aligned";
  return x === "conditional" || y === "conditional" ? "partly-aligned" : "opposed";
}

export function compareMembership(a: MembershipTerms, b: MembershipTerms, labels: SideLabels): Part[] | NotCompared {
  if (a.organisation && b.organisation && normaliseText(a.organisation) !== normaliseText(b.organisation)) {
    return { notCompared: `Not compared: ${subject(labels.a, "speaks")} of ${a.organisation}, ${labels.b} of ${b.organisation}.` };
  }
  const parts: Part[] = [];
  if (a.membership && b.membership) {
    parts.push({
      key: "membership",
      label: "membership",
      class: classifyMembership(a.membership, b.membership),
      reason: describeWants(labels, stancePhrase[a.membership], stancePhrase[b.membership]),
    });
  }
  // A blocked membership has no timeline to agree on.
  if (a.membership === "blocked" || b.membership === "blocked") return parts;
  if (a.timelineYears !== undefined && b.timelineYears !== undefined) {
    const phrase = (n: number) => (n === 1 ? "membership within a year" : `membership within ${n} years`);
    parts.push({
      key: "timelineYears",
      label: "timeline",
      class: a.timelineYears === b.timelineYears ? "aligned" : "partly-aligned",
      reason: describeWants(labels, phrase(a.timelineYears), phrase(b.timelineYears)),
    });
  }
  return parts;
}
