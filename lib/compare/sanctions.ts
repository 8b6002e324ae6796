// Sanctions compare the relief each side wants, when it comes, and whether sanctions return
// on a breach (docs/comparison-rules.md, "sanctions"). Two positions about different
// parties' sanctions are not compared at all.
import type { SanctionsTerms } from "@/lib/terms/sanctions";
import { partyName } from "@/lib/terms/terms-context";
import type { CompareContext, NotCompared, Part, PartClass, SideLabels } from "./types";
import { describeWants, joinWords, subject } from "./wording";

type Relief = NonNullable<SanctionsTerms["relief"]>;
type Timing = NonNullable<SanctionsTerms["timing"]>;

const reliefPhrase: Record<Relief, string> = {
  full: "all sanctions lifted",
  phased: "sanctions lifted in stages",
  partial: "some sanctions lifted",
  none: "no relief",
  tighten: "tighter sanctions",
};

const timingPhrase: Record<Timing, string> = {
  "at-signing": "relief at the signing of an agreement",
  "at-ceasefire": "relief at a ceasefire",
  "after-compliance": "relief only once its conditions are met",
};

/** Lifting in any measure, keeping sanctions as they are, and adding to them. */
const direction = (relief: Relief) => (relief === "none" ? "keep" : relief === "tighten" ? "tighten" : "lift");

// Lifting against keeping or tightening excludes each other; keeping against tightening
// differs only in degree (neither lifts anything).
export function classifyRelief(x: Relief, y: Relief): PartClass {
  if (x === y) return "aligned";
  const dx = direction(x);
  const dy = direction(y);
  if (dx === dy) return "partly-aligned";
  return dx === "lift" || dy === "lift" ? "opposed" : "partly-aligned";
}

// Relief up front (at signing or at a ceasefire) against relief only once conditions are met
// is opposed: one side asks for relief the other withholds until then. Signing against a
// ceasefire is a difference of timing within relief up front.
export function classifyTiming(x: Timing, y: Timing): PartClass {
  if (x === y) return "aligned";
  return x === "after-compliance" || y === "after-compliance" ? "opposed" : "partly-aligned";
}

/** Both name whose sanctions they mean, and no party is in both lists. */
function aboutDifferentSanctions(a: SanctionsTerms, b: SanctionsTerms): boolean {
  if (!a.imposedBy?.length || !b.imposedBy?.length) return false;
  return !a.imposedBy.some((slug) => b.imposedBy!.includes(slug));
}

export function compareSanctions(a: SanctionsTerms, b: SanctionsTerms, labels: SideLabels, context: CompareContext): Part[] | NotCompared {
  if (aboutDifferentSanctions(a, b)) {
    const whose = (list: string[]) => joinWords(list.map((slug) => partyName(context, slug)));
    return {
      notCompared: `Not compared: ${subject(labels.a, "speaks")} of sanctions imposed by ${whose(a.imposedBy!)}, ${labels.b} of sanctions imposed by ${whose(b.imposedBy!)}.`,
    };
  }
  const parts: Part[] = [];
  if (a.relief && b.relief) {
    parts.push({
      key: "relief",
      label: "sanctions relief",
      class: classifyRelief(a.relief, b.relief),
      reason: describeWants(labels, reliefPhrase[a.relief], reliefPhrase[b.relief]),
    });
  }
  // The timing of relief only matters when neither side refuses relief outright.
  const refusesRelief = (t: SanctionsTerms) => t.relief === "none" || t.relief === "tighten";
  if (a.timing && b.timing && !refusesRelief(a) && !refusesRelief(b)) {
    parts.push({
      key: "timing",
      label: "the timing of relief",
      class: classifyTiming(a.timing, b.timing),
      reason: describeWants(labels, timingPhrase[a.timing], timingPhrase[b.timing]),
    });
  }
  if (a.snapback !== undefined && b.snapback !== undefined) {
    const phrase = (snapback: boolean) => (snapback ? "sanctions restored on a breach" : "no return of sanctions on a breach");
    parts.push({
      key: "snapback",
      label: "snapback",
      class: a.snapback === b.snapback ? "aligned" : "partly-aligned",
      reason: describeWants(labels, phrase(a.snapback), phrase(b.snapback)),
    });
  }
  return parts;
}
