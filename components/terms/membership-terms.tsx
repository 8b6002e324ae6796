import type { MembershipTerms } from "@/lib/terms";
import { membershipStanceLabel } from "@/lib/terms/labels";
import { TermRows } from "./term-rows";

export function MembershipTermsView({ terms }: { terms: MembershipTerms }) {
  return (
    <TermRows
      rows={[
        ["Organisation", terms.organisation],
        ["Membership", terms.membership && membershipStanceLabel[terms.membership]],
        ["Timeline", terms.timelineYears !== undefined ? `${terms.timelineYears} ${terms.timelineYears === 1 ? "year" : "years"}` : undefined],
      ]}
    />
  );
}
