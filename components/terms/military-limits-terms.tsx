import type { MilitaryLimitsTerms } from "@/lib/terms";
import { yesNo } from "@/lib/terms/labels";
import { TermRows } from "./term-rows";

const count = (n: number | undefined) => (n === undefined ? undefined : n.toLocaleString("en-GB"));

export function MilitaryLimitsTermsView({ terms }: { terms: MilitaryLimitsTerms }) {
  return (
    <TermRows
      rows={[
        ["Troops, at most", count(terms.maxTroops)],
        ["Tanks, at most", count(terms.maxTanks)],
        ["Artillery pieces, at most", count(terms.maxArtillery)],
        ["Caps accepted", terms.capsAccepted !== undefined ? yesNo(terms.capsAccepted) : undefined],
      ]}
    />
  );
}
