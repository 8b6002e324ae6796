import type { DeploymentTerms } from "@/lib/terms";
import { deploymentMandateLabel, deploymentRoleLabel, deploymentTaskLabel } from "@/lib/terms/labels";
import { areaName, type TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { countInWords, itemsInWords, partiesInWords } from "./term-words";

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? "Yes" : "No");

export function DeploymentTermsView({ terms, context }: { terms: DeploymentTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["A force allowed", yesNo(terms.allowed)],
        ["Role", terms.role && deploymentRoleLabel[terms.role]],
        ["Roles refused", itemsInWords(terms.rejectedRoles?.map((r) => deploymentRoleLabel[r]))],
        ["Tasks", itemsInWords(terms.tasks?.map((t) => deploymentTaskLabel[t]))],
        ["Tasks refused", itemsInWords(terms.rejectedTasks?.map((t) => deploymentTaskLabel[t]))],
        ["Troops sent by", partiesInWords(terms.contributors, context)],
        ["No troops from", partiesInWords(terms.excludedContributors, context)],
        ["Approved by", partiesInWords(terms.approvedBy, context)],
        ["Size", terms.size !== undefined ? `${countInWords(terms.size)} troops` : undefined],
        ["Where", itemsInWords(terms.where?.map((slug) => areaName(context, slug)))],
        ["Mandate", terms.mandate && deploymentMandateLabel[terms.mandate]],
      ]}
    />
  );
}
