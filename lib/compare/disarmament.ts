// Disarmament compares which weapons, how they are given up, to whom, when, with what
// amnesty and verification, whether the territory is demilitarised and whether force is
// threatened (docs/comparison-rules.md, "disarmament"). Keeping weapons (stored or frozen)
// against giving them up (handed over or decommissioned) is opposed; so is disarming only
// after statehood against disarming before withdrawal or within the agreement's phases.
// Two positions on wholly different armed groups are not compared.
import type { DisarmamentTerms } from "@/lib/terms/disarmament";
import { disarmamentMethodLabel } from "@/lib/terms/labels";
import { partyName } from "@/lib/terms/terms-context";
import { comparePreconditions, normaliseText } from "./lists";
import type { CompareContext, NotCompared, Part, PartClass, SideLabels } from "./types";
import { describeWants, joinWords, subject } from "./wording";

type Terms = DisarmamentTerms;
type Scope = NonNullable<Terms["scope"]>;
type Timing = NonNullable<Terms["timing"]>;
type Method = NonNullable<Terms["methods"]>[number];

const scopePhrase: Record<Scope, string> = {
  "all-weapons": "all weapons given up",
  "heavy-weapons": "heavy weapons given up",
  "offensive-weapons": "offensive weapons given up",
  none: "no disarmament",
};

const timingPhrase: Record<Timing, string> = {
  "before-withdrawal": "disarmament before any withdrawal",
  phased: "disarmament as a stage of the agreement",
  "after-statehood": "disarmament only once a state exists",
  never: "no disarmament ever",
};

export function classifyScope(x: Scope, y: Scope): PartClass {
  if (x === y) return "aligned";
  return x === "none" || y === "none" ? "opposed" : "partly-aligned";
}

/** Before statehood (before withdrawal, or a stage of the deal) against only after it, or never, is opposed. */
export function classifyTiming(x: Timing, y: Timing): PartClass {
  if (x === y) return "aligned";
  const late = (t: Timing) => t === "after-statehood" || t === "never";
  return late(x) === late(y) ? "partly-aligned" : "opposed";
}

const keeps = (m: Method) => m === "storage" || m === "freeze";

export function classifyMethods(x: readonly Method[], y: readonly Method[]): PartClass {
  if (x.length === y.length && x.every((m) => y.includes(m))) return "aligned";
  const onlyKeeps = (list: readonly Method[]) => list.every(keeps);
  const onlyGives = (list: readonly Method[]) => list.every((m) => !keeps(m));
  return (onlyKeeps(x) && onlyGives(y)) || (onlyGives(x) && onlyKeeps(y)) ? "opposed" : "partly-aligned";
}

function compareFlag(key: string, label: string, x: boolean | undefined, y: boolean | undefined, labels: SideLabels, phrase: (v: boolean) => string, differ: PartClass): Part | null {
  if (x === undefined || y === undefined) return null;
  return { key, label, class: x === y ? "aligned" : differ, reason: describeWants(labels, phrase(x), phrase(y)) };
}

export function compareDisarmament(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part[] | NotCompared {
  if (a.armedParties?.length && b.armedParties?.length && !a.armedParties.some((p) => b.armedParties!.includes(p))) {
    const names = (list: readonly string[]) => joinWords(list.map((slug) => partyName(context, slug)));
    return { notCompared: `Not compared: ${subject(labels.a, "speaks")} of disarming ${names(a.armedParties)}, ${labels.b} of ${names(b.armedParties)}.` };
  }
  const parts: Part[] = [];
  if (a.scope && b.scope) {
    parts.push({ key: "scope", label: "which weapons", class: classifyScope(a.scope, b.scope), reason: describeWants(labels, scopePhrase[a.scope], scopePhrase[b.scope]) });
  }
  if (a.methods?.length && b.methods?.length) {
    const words = (list: readonly Method[]) => `weapons ${joinWords(list.map((m) => disarmamentMethodLabel[m].toLowerCase()))}`;
    parts.push({ key: "methods", label: "how weapons are dealt with", class: classifyMethods(a.methods, b.methods), reason: describeWants(labels, words(a.methods), words(b.methods)) });
  }
  if (a.timing && b.timing) {
    parts.push({ key: "timing", label: "when", class: classifyTiming(a.timing, b.timing), reason: describeWants(labels, timingPhrase[a.timing], timingPhrase[b.timing]) });
  }
  for (const [key, label, x, y, noun] of [
    ["handedTo", "to whom weapons go", a.handedTo, b.handedTo, "weapons handed to"],
    ["verification", "verification", a.verification, b.verification, "verification by"],
  ] as const) {
    if (!x || !y) continue;
    const same = normaliseText(x) === normaliseText(y);
    parts.push({ key, label, class: same ? "aligned" : "partly-aligned", reason: describeWants(labels, `${noun} ${x}`, `${noun} ${same ? x : y}`) });
  }
  const flags = [
    compareFlag("amnesty", "amnesty", a.amnesty, b.amnesty, labels, (v) => (v ? "an amnesty" : "no amnesty"), "opposed"),
    compareFlag("territoryDemilitarised", "a demilitarised territory", a.territoryDemilitarised, b.territoryDemilitarised, labels, (v) => (v ? "the territory demilitarised" : "the territory not demilitarised"), "opposed"),
    compareFlag("forcedIfRefused", "force if refused", a.forcedIfRefused, b.forcedIfRefused, labels, (v) => (v ? "disarmament by force if refused" : "no disarmament by force"), "partly-aligned"),
    comparePreconditions(a.preconditions, b.preconditions, labels),
  ];
  for (const part of flags) if (part) parts.push(part);
  return parts;
}
