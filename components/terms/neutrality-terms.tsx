import type { NeutralityTerms } from "@/lib/terms";
import { foreignTroopsLabel, natoLabel, termFieldLabel, yesNo } from "@/lib/terms/labels";
import { TermRows } from "./term-rows";

export function NeutralityTermsView({ terms }: { terms: NeutralityTerms }) {
  return (
    <TermRows
      rows={[
        ["Alliance membership", terms.nato && natoLabel[terms.nato]],
        ["Foreign troops", terms.foreignTroops && foreignTroopsLabel[terms.foreignTroops]],
        ["Non-nuclear status", terms.nonNuclear !== undefined ? yesNo(terms.nonNuclear) : undefined],
        [termFieldLabel.guaranteesRequired, terms.guaranteesRequired !== undefined ? yesNo(terms.guaranteesRequired) : undefined],
      ]}
    />
  );
}
