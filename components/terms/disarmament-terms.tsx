import type { DisarmamentTerms } from "@/lib/terms";
import { disarmamentMethodLabel, disarmamentScopeLabel, disarmamentTimingLabel } from "@/lib/terms/labels";
import type { TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { itemsInWords, partiesInWords } from "./term-words";

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? "Yes" : "No");

export function DisarmamentTermsView({ terms, context }: { terms: DisarmamentTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Whose weapons", partiesInWords(terms.armedParties, context)],
        ["Which weapons", terms.scope && disarmamentScopeLabel[terms.scope]],
        ["How weapons are dealt with", itemsInWords(terms.methods?.map((m) => disarmamentMethodLabel[m]))],
        ["Handed to", terms.handedTo],
        ["When", terms.timing && disarmamentTimingLabel[terms.timing]],
        ["Verified by", terms.verification],
        ["Amnesty", yesNo(terms.amnesty)],
        ["Territory demilitarised", yesNo(terms.territoryDemilitarised)],
        ["By force if refused", yesNo(terms.forcedIfRefused)],
        ["Preconditions", itemsInWords(terms.preconditions)],
      ]}
    />
  );
}
