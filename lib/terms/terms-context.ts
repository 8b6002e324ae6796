// What structured terms name by slug, as the records say it: the areas of the position's
// negotiation and the parties. The comparison rules, the terms' reading view and history
// diffs take names and holders from here, never from words in code.

/** An area as the terms of its negotiation see it. */
export type ContextArea = {
  slug: string;
  name: string;
  /** The slug of the area it lies in, if any. */
  parent: string | null;
  /** The slug of the party that holds it now, if the records say. */
  holder: string | null;
  /** Since when, at the precision known ("2024-03"), if the records say. */
  heldSince: string | null;
  /** The holder holds only part of it: a front line runs through it. Absent: all of it. */
  heldInPart?: boolean;
};

export type TermsContext = {
  /** The negotiation's areas, in its order. */
  areas: readonly ContextArea[];
  /** Parties' names where space is short, by slug. */
  parties: Readonly<Record<string, string>>;
};

export const emptyTermsContext: TermsContext = { areas: [], parties: {} };

/** An area's name, or its slug when the negotiation has no such area. */
export function areaName(context: TermsContext, slug: string): string {
  return context.areas.find((a) => a.slug === slug)?.name ?? slug;
}

/** A party's short name, or its slug when it is not known. */
export function partyName(context: TermsContext, slug: string): string {
  return context.parties[slug] ?? slug;
}
