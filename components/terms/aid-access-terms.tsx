import type { AidAccessTerms } from "@/lib/terms";
import { aidAccessLevelLabel } from "@/lib/terms/labels";
import { areaName, type TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { countInWords, itemsInWords } from "./term-words";

function crossingsInWords(terms: AidAccessTerms, context: TermsContext): string | undefined {
  if (terms.allCrossings) return "All crossings open";
  return itemsInWords(terms.crossings?.map((slug) => areaName(context, slug)));
}

export function AidAccessTermsView({ terms, context }: { terms: AidAccessTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Access for aid", terms.access && aidAccessLevelLabel[terms.access]],
        ["Trucks a day", countInWords(terms.trucksPerDay)],
        ["Distributed by", terms.distributor],
        ["Not to be distributed by", itemsInWords(terms.rejectedDistributors)],
        ["Crossings", crossingsInWords(terms, context)],
      ]}
    />
  );
}
