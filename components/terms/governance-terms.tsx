import type { GovernanceTerms } from "@/lib/terms";
import { administratorKindLabel } from "@/lib/terms/labels";
import type { TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { itemsInWords, partiesInWords } from "./term-words";

const months = (n: number | undefined) => (n === undefined ? undefined : n === 1 ? "1 month" : `${n} months`);

export function GovernanceTermsView({ terms, context }: { terms: GovernanceTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Administered by", terms.administrator],
        ["Kind of administration", terms.administratorKind && administratorKindLabel[terms.administratorKind]],
        ["Technocrats", terms.technocratic === undefined ? undefined : terms.technocratic ? "Yes" : "No"],
        ["Overseen by", terms.overseenBy],
        ["Bodies refused", itemsInWords(terms.rejectedAdministrators)],
        ["Governing role for", partiesInWords(terms.governingParties, context)],
        ["Excluded", partiesInWords(terms.excluded, context)],
        ["Transition", months(terms.transitionMonths)],
        ["Elections within", months(terms.electionsWithinMonths)],
      ]}
    />
  );
}
