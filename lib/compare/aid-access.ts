// Aid access compares how freely aid enters, the trucks a day, who distributes it and the
// crossings (docs/comparison-rules.md, "aid-access"). Letting aid in (unimpeded or more)
// against keeping it out (restricted or halted) is opposed; a distributor one side names and
// the other rejects is opposed.
import type { AidAccessTerms } from "@/lib/terms/aid-access";
import { areaName } from "@/lib/terms/terms-context";
import { normaliseText } from "./lists";
import type { CompareContext, Part, PartClass, SideLabels } from "./types";
import { describeWants, formatCount, joinWords, subject } from "./wording";

type Level = NonNullable<AidAccessTerms["access"]>;

const levelPhrase: Record<Level, string> = {
  unimpeded: "unimpeded access for aid",
  increased: "more aid let in",
  restricted: "aid restricted",
  halted: "aid halted",
};

const letsIn = (level: Level) => level === "unimpeded" || level === "increased";

export function classifyAccess(x: Level, y: Level): PartClass {
  if (x === y) return "aligned";
  return letsIn(x) === letsIn(y) ? "partly-aligned" : "opposed";
}

function compareDistributor(a: AidAccessTerms, b: AidAccessTerms, labels: SideLabels): Part | null {
  const rejects = (terms: AidAccessTerms, body: string | undefined) =>
    body !== undefined && (terms.rejectedDistributors ?? []).some((d) => normaliseText(d) === normaliseText(body));
  if (rejects(b, a.distributor) || rejects(a, b.distributor)) {
    const [who, body, other] = rejects(b, a.distributor) ? [labels.a, a.distributor!, labels.b] : [labels.b, b.distributor!, labels.a];
    return { key: "distributor", label: "who distributes aid", class: "opposed", reason: `${subject(who, "wants")} ${body} to distribute aid, ${subject(other, "rejects")} it` };
  }
  if (!a.distributor || !b.distributor) return null;
  const same = normaliseText(a.distributor) === normaliseText(b.distributor);
  return {
    key: "distributor",
    label: "who distributes aid",
    class: same ? "aligned" : "partly-aligned",
    reason: describeWants(labels, `${a.distributor} to distribute aid`, `${same ? a.distributor : b.distributor} to distribute aid`),
  };
}

function compareCrossings(a: AidAccessTerms, b: AidAccessTerms, labels: SideLabels, context: CompareContext): Part | null {
  const words = (t: AidAccessTerms) =>
    t.allCrossings ? "every crossing open" : t.crossings?.length ? `aid through ${joinWords(t.crossings.map((s) => areaName(context, s)))}` : null;
  const x = words(a);
  const y = words(b);
  if (!x || !y) return null;
  const same = (a.allCrossings && b.allCrossings) || (!a.allCrossings && !b.allCrossings && a.crossings!.length === b.crossings!.length && a.crossings!.every((c) => b.crossings!.includes(c)));
  return { key: "crossings", label: "crossings", class: same ? "aligned" : "partly-aligned", reason: describeWants(labels, x, y) };
}

export function compareAidAccess(a: AidAccessTerms, b: AidAccessTerms, labels: SideLabels, context: CompareContext): Part[] {
  const parts: Part[] = [];
  if (a.access && b.access) {
    parts.push({ key: "access", label: "access for aid", class: classifyAccess(a.access, b.access), reason: describeWants(labels, levelPhrase[a.access], levelPhrase[b.access]) });
  }
  if (a.trucksPerDay !== undefined && b.trucksPerDay !== undefined) {
    const phrase = (n: number) => `${formatCount(n)} trucks a day`;
    parts.push({
      key: "trucksPerDay",
      label: "trucks a day",
      class: a.trucksPerDay === b.trucksPerDay ? "aligned" : "partly-aligned",
      reason: describeWants(labels, phrase(a.trucksPerDay), phrase(b.trucksPerDay)),
    });
  }
  const distributor = compareDistributor(a, b, labels);
  if (distributor) parts.push(distributor);
  const crossings = compareCrossings(a, b, labels, context);
  if (crossings) parts.push(crossings);
  return parts;
}
