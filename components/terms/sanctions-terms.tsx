import type { SanctionsTerms } from "@/lib/terms";
import { sanctionsReliefLabel, sanctionsTimingLabel, termFieldLabel, yesNo } from "@/lib/terms/labels";
import type { TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { itemsInWords, partiesInWords } from "./term-words";

export function SanctionsTermsView({ terms, context }: { terms: SanctionsTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Whose sanctions", partiesInWords(terms.imposedBy, context)],
        [termFieldLabel.relief, terms.relief && sanctionsReliefLabel[terms.relief]],
        ["Timing", terms.timing && sanctionsTimingLabel[terms.timing]],
        ["Condition", terms.condition],
        [termFieldLabel.snapback, terms.snapback !== undefined ? yesNo(terms.snapback) : undefined],
        ["Targets", itemsInWords(terms.targets)],
      ]}
    />
  );
}
