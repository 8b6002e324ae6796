// Comparing lists two sides give: free-text items (preconditions) and parties named by slug
// (participants, whose sanctions). Shared by the kinds that hold such lists.
import type { Part, PartClass, SideLabels } from "./types";
import { joinWords, subject } from "./wording";

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
  const counts = `${subject(labels.a, "sets")} ${countPreconditions(setX.size)}, ${labels.b} ${countPreconditions(setY.size)}`;
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
      : `${subject(labels.a, "names")} ${words(x)}, ${subject(labels.b, "names")} ${words(y)}`;
  return { key, label, class: cls, reason };
}

/** An element one side may include items in and the other rule items out of (guarantors and non-guarantors, tasks and refused tasks). */
export type IncludedExcluded<T> = {
  key: string;
  label: string;
  included: (terms: T) => readonly string[] | undefined;
  excluded: (terms: T) => readonly string[] | undefined;
  /** How a reason says what the item is named as ("as a guarantor"). */
  as: string;
};

/**
 * An item included by one side and excluded by the other → opposed, naming it; otherwise the
 * two lists of included items compare as lists (the same → aligned, else partly).
 */
export function compareIncludedExcluded<T>(
  element: IncludedExcluded<T>,
  a: T,
  b: T,
  labels: SideLabels,
  name: (item: string) => string,
): Part | null {
  const clash = (inc: T, exc: T) => (element.included(inc) ?? []).filter((item) => (element.excluded(exc) ?? []).includes(item));
  const aYes = clash(a, b);
  const bYes = clash(b, a);
  if (aYes.length > 0 || bYes.length > 0) {
    const says = (side: string, other: string, items: string[]) => `${subject(side, "names")} ${joinWords(items.map(name))} ${element.as}, ${subject(other, "rules")} that out`;
    const reason = [aYes.length > 0 ? says(labels.a, labels.b, aYes) : null, bYes.length > 0 ? says(labels.b, labels.a, bYes) : null]
      .filter((s) => s !== null)
      .join("; ");
    return { key: element.key, label: element.label, class: "opposed", reason };
  }
  return comparePartyLists(element.key, element.label, element.included(a), element.included(b), labels, name);
}
