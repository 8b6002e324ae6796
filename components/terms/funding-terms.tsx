import type { FundingTerms } from "@/lib/terms";
import { formatUsd } from "@/lib/compare/funding";
import { areaName, type TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { itemsInWords, partiesInWords } from "./term-words";

export function FundingTermsView({ terms, context }: { terms: FundingTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Amount", terms.amountUsd !== undefined ? formatUsd(terms.amountUsd) : undefined],
        ["Over", terms.durationYears !== undefined ? `${terms.durationYears} ${terms.durationYears === 1 ? "year" : "years"}` : undefined],
        ["Paid by", partiesInWords(terms.payers, context)],
        ["Not paid by", partiesInWords(terms.declinedPayers, context)],
        ["Money administered by", terms.administeredBy],
        ["Money from", terms.source],
        ["Plans backed", itemsInWords(terms.endorsedPlans)],
        ["Plans rejected", itemsInWords(terms.rejectedPlans)],
        ["Funded areas", itemsInWords(terms.areas?.map((slug) => areaName(context, slug)))],
        ["Areas not funded", itemsInWords(terms.excludedAreas?.map((slug) => areaName(context, slug)))],
        ["Preconditions", itemsInWords(terms.preconditions)],
      ]}
    />
  );
}
