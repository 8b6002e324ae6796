// Turns a kind's parts into a row: the worst part's class and one reason that groups
// elements sharing the same judgement ("Opposed on North Province and the Capital: …").
import { compareClassLabel, compareSeverity, pickWorseClass } from "./types";
import type { Comparison, Part, SideLabels } from "./types";
import { joinWords } from "./wording";

type Group = { class: Part["class"]; reason: string; reasonForMany?: string; labels: string[] };

export function summariseParts(parts: Part[], labels: SideLabels): Comparison {
  if (parts.length === 0) {
    return {
      class: "unknown",
      parts,
      reason: `Nothing to compare: ${labels.a} and ${labels.b} state no element of this issue in common.`,
    };
  }
  const rowClass = parts.reduce<Comparison["class"]>((worst, p) => pickWorseClass(worst, p.class), "unknown");
  return { class: rowClass, parts, reason: describeGroups(groupParts(parts)) };
}

function groupParts(parts: Part[]): Group[] {
  const groups: Group[] = [];
  for (const part of parts) {
    const same = groups.find((g) => g.class === part.class && g.reason === part.reason);
    if (same) same.labels.push(part.label);
    else groups.push({ class: part.class, reason: part.reason, reasonForMany: part.reasonForMany, labels: [part.label] });
  }
  // Stable sort: within a class, elements keep the kind's own order.
  return groups.sort((x, y) => compareSeverity(x.class, y.class));
}

function describeGroups(groups: Group[]): string {
  return groups
    .map((g) => `${compareClassLabel[g.class]} on ${joinWords(g.labels)}: ${g.labels.length > 1 ? (g.reasonForMany ?? g.reason) : g.reason}.`)
    .join(" ");
}
