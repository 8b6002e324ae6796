import type { EnforcementTerms } from "@/lib/terms";
import { enforcementFormLabel, violationResponseLabel } from "@/lib/terms/labels";
import type { TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { countInWords, itemsInWords, partiesInWords } from "./term-words";

export function EnforcementTermsView({ terms, context }: { terms: EnforcementTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Guarantors", partiesInWords(terms.guarantors, context)],
        ["Form of the guarantee", terms.form && enforcementFormLabel[terms.form]],
        ["Whose compliance", partiesInWords(terms.appliesTo, context)],
        ["What is guaranteed", itemsInWords(terms.guaranteed)],
        ["Monitoring", terms.monitoring],
        ["Monitored by", partiesInWords(terms.monitors, context)],
        ["Monitors", terms.monitorCount !== undefined ? `${countInWords(terms.monitorCount)} people` : undefined],
        ["On a breach", terms.onViolation && violationResponseLabel[terms.onViolation]],
        ["Enforced by", partiesInWords(terms.enforcedBy, context)],
      ]}
    />
  );
}
