import type { TerritoryTerms } from "@/lib/terms";
import { allAreasLabel, describeClaim } from "@/lib/terms/labels";
import { ALL_AREAS } from "@/lib/terms/territory";
import { areaName, partyName, type TermsContext } from "@/lib/terms/terms-context";

/** One line per area, named as its record names it: "North Province — held by Ruritania (recognised de jure)". */
export function TerritoryTermsView({ terms, context }: { terms: TerritoryTerms; context: TermsContext }) {
  if (terms.claims.length === 0) return <p className="text-muted">No territorial claims coded.</p>;
  return (
    <ul aria-label="Claims by area" className="flex flex-col gap-1">
      {terms.claims.map((c) => (
        <li key={c.area}>
          <span className="font-medium">{c.area === ALL_AREAS ? allAreasLabel : areaName(context, c.area)}</span> —{" "}
          {describeClaim(c, (slug) => partyName(context, slug))}
        </li>
      ))}
    </ul>
  );
}
