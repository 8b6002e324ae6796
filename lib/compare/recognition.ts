// Recognition compares the support for a state or entity, the conditions set first, the
// timeline, and what the state would be: its borders, capital and whether it would be
// demilitarised (docs/comparison-rules.md, "recognition"). Two positions on different
// states or entities are not compared; against a rejection, nothing else is weighed.
import type { RecognitionTerms } from "@/lib/terms/recognition";
import { comparePreconditions, normaliseText } from "./lists";
import type { NotCompared, Part, PartClass, SideLabels } from "./types";
import { describeWants, subject } from "./wording";

type Terms = RecognitionTerms;
type Support = NonNullable<Terms["support"]>;

const supportPhrase: Record<Support, string> = {
  supported: "recognition",
  conditional: "recognition only on conditions",
  rejected: "no recognition",
};

// Recognition on conditions accepts it in principle: partly aligned with either end.
export function classifySupport(x: Support, y: Support): PartClass {
  if (x === y) return "aligned";
  return x === "conditional" || y === "conditional" ? "partly-aligned" : "opposed";
}

export function compareRecognition(a: Terms, b: Terms, labels: SideLabels): Part[] | NotCompared {
  if (a.of && b.of && normaliseText(a.of) !== normaliseText(b.of)) {
    return { notCompared: `Not compared: ${subject(labels.a, "speaks")} of ${a.of}, ${labels.b} of ${b.of}.` };
  }
  const parts: (Part | null)[] = [];
  if (a.support && b.support) {
    parts.push({ key: "support", label: "recognition", class: classifySupport(a.support, b.support), reason: describeWants(labels, supportPhrase[a.support], supportPhrase[b.support]) });
  }
  // A rejected state has no timeline, borders or conditions to agree on.
  if (a.support === "rejected" || b.support === "rejected") return parts.filter((p): p is Part => p !== null);
  if (a.timelineYears !== undefined && b.timelineYears !== undefined) {
    const phrase = (n: number) => (n === 1 ? "recognition within a year" : `recognition within ${n} years`);
    parts.push({ key: "timelineYears", label: "timeline", class: a.timelineYears === b.timelineYears ? "aligned" : "partly-aligned", reason: describeWants(labels, phrase(a.timelineYears), phrase(b.timelineYears)) });
  }
  for (const [key, label, noun] of [
    ["borders", "borders", "borders on"],
    ["capital", "capital", "its capital in"],
  ] as const) {
    const x = a[key];
    const y = b[key];
    if (!x || !y) continue;
    const same = normaliseText(x) === normaliseText(y);
    parts.push({ key, label, class: same ? "aligned" : "partly-aligned", reason: describeWants(labels, `${noun} ${x}`, `${noun} ${same ? x : y}`) });
  }
  if (a.demilitarisedState !== undefined && b.demilitarisedState !== undefined) {
    const phrase = (v: boolean) => (v ? "a demilitarised state" : "a state with its own army");
    parts.push({
      key: "demilitarisedState",
      label: "a demilitarised state",
      class: a.demilitarisedState === b.demilitarisedState ? "aligned" : "opposed",
      reason: describeWants(labels, phrase(a.demilitarisedState), phrase(b.demilitarisedState)),
    });
  }
  parts.push(comparePreconditions(a.preconditions, b.preconditions, labels));
  return parts.filter((p): p is Part => p !== null);
}
