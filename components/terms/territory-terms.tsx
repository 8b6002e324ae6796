import type { TerritoryTerms } from "@/lib/terms";
import { regionLabel, territorialClaimLabel } from "@/lib/terms/labels";

/** One line per region: "Donetsk — recognised as Russian (de jure)". */
export function TerritoryTermsView({ terms }: { terms: TerritoryTerms }) {
  if (terms.claims.length === 0) return <p className="text-muted">No territorial claims coded.</p>;
  return (
    <ul aria-label="Claims by region" className="flex flex-col gap-1">
      {terms.claims.map((c) => (
        <li key={c.region}>
          <span className="font-medium">{regionLabel[c.region]}</span> — {territorialClaimLabel[c.claim]}
        </li>
      ))}
    </ul>
  );
}
