import { z } from "zod";
import type { IssueSnapshot } from "@/lib/issues/issue-snapshot";
import { issueKinds } from "@/lib/vocab";
import { knownFieldsOnly, orderField, recordId, requiredText, slugField } from "@/lib/validation/text-field";

export const issueInput = z.strictObject({
  negotiationId: recordId("a negotiation"),
  slug: slugField,
  name: requiredText({ label: "the name", max: 200 }),
  description: requiredText({ label: "the description", max: 2000, multiline: true }),
  kind: z.enum(issueKinds, { error: `Choose a kind: ${issueKinds.join(", ")}` }),
  order: orderField,
}, knownFieldsOnly);
export type IssueInput = z.infer<typeof issueInput>;

export function toIssueInput(i: IssueSnapshot) {
  return { negotiationId: i.negotiationId, slug: i.slug, name: i.name, description: i.description, kind: i.kind, order: i.order };
}
