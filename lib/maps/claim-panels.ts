// What a territory issue's small multiples say: for each party, its current claim on each
// area of the negotiation, read as the comparison reads it (its own claim on the area, else
// on the area it lies in, else on `all`), as words for the maps' legend, tooltips and table.
// Pure: the page gives the parties' current positions and the terms' context.
import { claimsOnAreas } from "@/lib/compare/territory";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { recognitionLabel, territoryOutcomeLabel } from "@/lib/terms/labels";
import { ALL_AREAS, territoryOutcomes, territoryTerms, type TerritorialClaim } from "@/lib/terms/territory";
import { areaName, partyName, type TermsContext } from "@/lib/terms/terms-context";

/** A fill of the maps: a kind of claim, e.g. held by one party. */
export type ClaimKey = { key: string; words: string; meaning?: string };
export type ClaimFill = { key: string; words: string; detail?: string; href?: string };
export type ClaimPanel = { id: string; title: string; fills: Record<string, ClaimFill> };

export type PartyPosition = {
  party: { slug: string; shortName: string };
  /** The party's current position on the issue (as of the page's date), if any. */
  position: { id: string; terms: unknown; termsConfidence?: string | null; statedOn: Date; statedOnPrecision: string } | null;
};

const meaning: Partial<Record<TerritorialClaim["outcome"], string>> = {
  "frozen-line": "kept by whoever holds it now",
  demilitarised: "no side's forces",
  undecided: "the statement leaves it open",
};

function keyOf(claim: TerritorialClaim, context: TermsContext): ClaimKey {
  const party = partyName(context, claim.party ?? "");
  switch (claim.outcome) {
    case "held-by":
      return { key: `held-by:${claim.party}`, words: `Held by ${party}` };
    case "withdrawal":
      return { key: `withdrawal:${claim.party}`, words: `${party}'s forces withdraw` };
    default:
      return { key: claim.outcome, words: territoryOutcomeLabel[claim.outcome], meaning: meaning[claim.outcome] };
  }
}

/** One panel per party, and the keys they use, in the order of outcomes and then of first use. */
export function territoryClaimPanels(parties: PartyPosition[], context: TermsContext, positionHref: (id: string) => string) {
  const keys = new Map<string, ClaimKey & { rank: number }>();
  const panels: ClaimPanel[] = parties.map(({ party, position }) => {
    const parsed = territoryTerms.safeParse(position?.terms);
    const fills: Record<string, ClaimFill> = {};
    if (position && parsed.success) {
      const stated = `Stated ${formatPartialDate(position.statedOn, position.statedOnPrecision)}`;
      // Said on every area it paints, as the compare page says it beside the position.
      const doubtful = position.termsConfidence === "low" ? "Terms coded with low confidence" : null;
      for (const [area, { claim, on }] of claimsOnAreas(parsed.data, context)) {
        const key = keyOf(claim, context);
        if (!keys.has(key.key)) keys.set(key.key, { ...key, rank: territoryOutcomes.indexOf(claim.outcome) * 1000 + keys.size });
        const via = on === area ? null : on === ALL_AREAS ? "By its claim on every area it does not name" : `By its claim on ${areaName(context, on)}`;
        const recognition = claim.recognition ? recognitionLabel[claim.recognition] : null;
        const detail = [recognition, via, doubtful, stated].filter(Boolean).join(". ");
        fills[area] = { key: key.key, words: key.words, detail, href: positionHref(position.id) };
      }
    }
    return { id: party.slug, title: party.shortName, fills };
  });
  const ordered = [...keys.values()].sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...key }) => key);
  return { keys: ordered, panels };
}
