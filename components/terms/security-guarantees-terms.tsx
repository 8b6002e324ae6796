import type { SecurityGuaranteesTerms } from "@/lib/terms";
import { forceTimingLabel, guaranteeTypeLabel, yesNo } from "@/lib/terms/labels";
import type { TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { itemsInWords, partiesInWords } from "./term-words";

export function SecurityGuaranteesTermsView({ terms, context }: { terms: SecurityGuaranteesTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Guarantee", terms.guarantee && guaranteeTypeLabel[terms.guarantee]],
        ["Guarantors", partiesInWords(terms.guarantors, context)],
        ["Not guarantors", partiesInWords(terms.nonGuarantors, context)],
        ["Length", terms.durationYears !== undefined ? `${terms.durationYears} years` : undefined],
        ["Ratified by", terms.ratifiedBy],
        ["Triggered by", terms.triggers],
        ["Preconditions", itemsInWords(terms.preconditions)],
        ["Foreign forces allowed", terms.foreignForcesAllowed !== undefined ? yesNo(terms.foreignForcesAllowed) : undefined],
        ["Forces sent by", partiesInWords(terms.forceContributors, context)],
        ["No forces from", partiesInWords(terms.forceNonContributors, context)],
        ["Forces deployed", terms.forceTiming && forceTimingLabel[terms.forceTiming]],
      ]}
    />
  );
}
