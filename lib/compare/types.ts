import type { TermsContext } from "@/lib/terms/terms-context";

// The result shapes of a comparison. A part is one element two parties both state
// (an area, alliance membership, a troop cap); a row is the worst of its parts.

export const compareClasses = ["aligned", "partly-aligned", "opposed", "unknown"] as const;
export type CompareClass = (typeof compareClasses)[number];

/** Parts are only made for elements both sides state, so a part is never unknown. */
export type PartClass = Exclude<CompareClass, "unknown">;

export type Part = {
  /** Stable id of the compared element within its kind ("nato", "north-province", "maxTroops"). */
  key: string;
  /** Readable name of the element ("alliance membership", "North Province"). */
  label: string;
  class: PartClass;
  /** Plain words naming what each side wants, without the element's name. */
  reason: string;
  /** The same reason for several elements at once, where its words differ ("holds them now"). */
  reasonForMany?: string;
};

/**
 * What a rule returns instead of parts when the two positions speak of different things
 * (one party's sanctions against another's): the row is unknown, for the reason given.
 */
export type NotCompared = { notCompared: string };

export type Comparison = { class: CompareClass; parts: Part[]; reason: string };

/** How the two sides are named in reasons ("Ruritania wants …, Borduria wants …"). */
export type SideLabels = { a: string; b: string };

export const defaultSideLabels: SideLabels = { a: "Side A", b: "Side B" };

/**
 * What a comparison may need beyond the two sides' terms: the negotiation's areas and the
 * parties' names (lib/terms/terms-context.ts), and the statement date compared on.
 */
export type CompareContext = TermsContext & { asOf?: Date };

export const compareClassLabel: Record<CompareClass, string> = {
  aligned: "Aligned",
  "partly-aligned": "Partly aligned",
  opposed: "Opposed",
  unknown: "Unknown",
};

// Lower is worse. Unknown is not on the scale: it means "no evidence", not "better".
const severity: Record<PartClass, number> = { opposed: 0, "partly-aligned": 1, aligned: 2 };

/** The worse of two classes, ignoring unknown unless both are unknown. */
export function pickWorseClass(x: CompareClass, y: CompareClass): CompareClass {
  if (x === "unknown") return y;
  if (y === "unknown") return x;
  return severity[x] <= severity[y] ? x : y;
}

/** Orders classes worst first (opposed, partly aligned, aligned, unknown). */
export function compareSeverity(x: CompareClass, y: CompareClass): number {
  const rank = (c: CompareClass) => (c === "unknown" ? 3 : severity[c]);
  return rank(x) - rank(y);
}
