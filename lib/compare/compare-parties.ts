// Compares two or more parties on one issue: every pair, with the worst pair leading.
import type { IssueKind } from "@/lib/vocab";
import { compareTerms } from "./compare-terms";
import { emptyTermsContext } from "@/lib/terms/terms-context";
import { compareSeverity, type CompareContext, type Comparison } from "./types";

export type Side = { partyId: string; label: string; terms: unknown };

export type PairComparison = Comparison & {
  a: { partyId: string; label: string };
  b: { partyId: string; label: string };
};

/** The row shows the worst pair's class, parts and reason; `pairs` holds them all. */
export type PartiesComparison = Comparison & { worstPair: PairComparison | null; pairs: PairComparison[] };

export function compareParties(kind: IssueKind, sides: readonly Side[], context: CompareContext = emptyTermsContext): PartiesComparison {
  const pairs = listPairs(sides).map(([x, y]): PairComparison => ({
    ...compareTerms(kind, x.terms, y.terms, { a: x.label, b: y.label }, context),
    a: { partyId: x.partyId, label: x.label },
    b: { partyId: y.partyId, label: y.label },
  }));
  if (pairs.length === 0) {
    return { class: "unknown", parts: [], reason: "Choose at least two parties to compare.", worstPair: null, pairs };
  }
  // Array sort is stable, so among equally bad pairs the first in the caller's order leads.
  const worstPair = [...pairs].sort((p, q) => compareSeverity(p.class, q.class))[0] ?? null;
  if (!worstPair || worstPair.class === "unknown") {
    // No pair can be judged. A lone pair's own reason says why (e.g. which side is blank);
    // with several pairs no single one speaks for the row.
    const onlyPair = pairs.length === 1 ? worstPair : null;
    const reason = onlyPair?.reason ?? "No pair of these parties states terms that can be compared.";
    return { class: "unknown", parts: [], reason, worstPair, pairs };
  }
  return { class: worstPair.class, parts: worstPair.parts, reason: worstPair.reason, worstPair, pairs };
}

function listPairs<T>(items: readonly T[]): Array<[T, T]> {
  return items.flatMap((x, i) => items.slice(i + 1).map((y): [T, T] => [x, y]));
}
