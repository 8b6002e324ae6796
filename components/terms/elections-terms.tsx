import type { ElectionsTerms } from "@/lib/terms";
import { electionTimingLabel, yesNo } from "@/lib/terms/labels";
import { TermRows } from "./term-rows";
import { itemsInWords } from "./term-words";

export function ElectionsTermsView({ terms }: { terms: ElectionsTerms }) {
  const within = terms.withinDays !== undefined ? `${terms.withinDays} days${terms.withinDaysFrom ? ` of the ${terms.withinDaysFrom}` : ""}` : undefined;
  return (
    <TermRows
      rows={[
        ["Timing", terms.timing && electionTimingLabel[terms.timing]],
        ["Within", within],
        ["Current leadership may sign", terms.incumbentMaySign !== undefined ? yesNo(terms.incumbentMaySign) : undefined],
        ["Preconditions", itemsInWords(terms.preconditions)],
      ]}
    />
  );
}
