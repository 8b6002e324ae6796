import type { MilitaryLimitsTerms } from "@/lib/terms";
import { termFieldLabel, yesNo } from "@/lib/terms/labels";
import { TermRows } from "./term-rows";

const count = (n: number | undefined) => (n === undefined ? undefined : n.toLocaleString("en-GB"));

export function MilitaryLimitsTermsView({ terms }: { terms: MilitaryLimitsTerms }) {
  return (
    <TermRows
      rows={[
        [termFieldLabel.maxTroops, count(terms.maxTroops)],
        [termFieldLabel.maxTanks, count(terms.maxTanks)],
        [termFieldLabel.maxArtillery, count(terms.maxArtillery)],
        [termFieldLabel.capsAccepted, terms.capsAccepted !== undefined ? yesNo(terms.capsAccepted) : undefined],
      ]}
    />
  );
}
