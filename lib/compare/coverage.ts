// How much of a comparison rests on coded terms: of the parties compared on an issue, how
// many have a position, and how many of those positions have terms coded for the issue's
// kind. A reader then knows when "unknown" means "not coded yet" rather than "they say
// nothing comparable".
import { isEmptyTerms, parseTerms } from "@/lib/terms";
import type { IssueKind } from "@/lib/vocab";

export type CoverageSide = { partyId: string; hasPosition: boolean; terms: unknown };

export type Coverage = {
  /** How many parties are compared. */
  parties: number;
  /** How many of them have a position on the issue (current, or current on the date compared). */
  stated: number;
  /** How many of those positions have terms that fit the issue's kind. */
  coded: number;
  /** The parties with coded terms, in the order compared. */
  codedPartyIds: string[];
  /** False for a kind without structured terms (general): there is nothing to code. */
  codable: boolean;
};

export function describeCoverage(kind: IssueKind, sides: readonly CoverageSide[]): Coverage {
  const codable = kind !== "general";
  const codedPartyIds = codable
    ? sides.filter((s) => s.hasPosition && !isEmptyTerms(s.terms) && parseTerms(kind, s.terms).success).map((s) => s.partyId)
    : [];
  return { parties: sides.length, stated: sides.filter((s) => s.hasPosition).length, coded: codedPartyIds.length, codedPartyIds, codable };
}

/** "2 of 3 compared parties have coded terms (3 have a position)". */
export function coverageInWords(coverage: Coverage): string {
  const { parties, stated, coded } = coverage;
  const have = (n: number) => (n === 1 ? "has" : "have");
  const main = `${coded} of ${parties} compared ${parties === 1 ? "party" : "parties"} ${have(coded)} coded terms`;
  return stated > coded ? `${main} (${stated} ${have(stated)} a position)` : main;
}
