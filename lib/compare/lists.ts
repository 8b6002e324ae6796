// Comparing lists two sides give: free-text items (preconditions) and parties named by slug
// (participants, whose sanctions). Shared by the kinds that hold such lists.
import type { Part, PartClass, SideLabels } from "./types";
import { joinWords } from "./wording";

export function normaliseText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

function countPreconditions(n: number): string {
  return n === 1 ? "1 precondition" : `${n} preconditions`;
}

/**
 * Preconditions are free text, so only an identical list (ignoring case, spacing and
 * order) counts as aligned; any difference is partly: both accept the thing on conditions.
 */
export function comparePreconditions(x: string[] | undefined, y: string[] | undefined, labels: SideLabels): Part | null {
  if (!x?.length || !y?.length) return null;
  const setX = new Set(x.map(normaliseText));
  const setY = new Set(y.map(normaliseText));
  const shared = [...setX].filter((p) => setY.has(p)).length;
  const same = shared === setX.size && shared === setY.size;
  const counts = `${labels.a} sets ${countPreconditions(setX.size)}, ${labels.b} ${countPreconditions(setY.size)}`;
  const reason = same
    ? `${labels.a} and ${labels.b} set the same preconditions`
    : `${counts}; ${shared === 0 ? "none" : shared} in common`;
  return { key: "preconditions", label: "preconditions", class: same ? "aligned" : "partly-aligned", reason };
}

/** Whether two party lists name the same parties, in any order. */
export function sameParties(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((slug) => y.includes(slug));
}

/**
 * Two lists of parties for the same element (who takes part): the same parties → aligned;
 * any difference → partly, the reason naming both lists.
 */
export function comparePartyLists(
  key: string,
  label: string,
  x: readonly string[] | undefined,
  y: readonly string[] | undefined,
  labels: SideLabels,
  name: (slug: string) => string,
): Part | null {
  if (!x?.length || !y?.length) return null;
  const cls: PartClass = sameParties(x, y) ? "aligned" : "partly-aligned";
  const words = (list: readonly string[]) => joinWords(list.map(name));
  const reason =
    cls === "aligned"
      ? `${labels.a} and ${labels.b} both name ${words(x)}`
      : `${labels.a} names ${words(x)}, ${labels.b} names ${words(y)}`;
  return { key, label, class: cls, reason };
}
