// An issue's form fields ⇄ its input, for the client form and the server actions alike.
import { type Assembled, type FieldValues } from "@/lib/forms/fields";
import { pick, toFields } from "@/lib/forms/record-fields";
import type { IssueSnapshot } from "./issue-snapshot";

export const ISSUE_FIELDS = ["negotiationId", "slug", "name", "description", "kind", "order"] as const;
export function issueFromFields(fields: FieldValues): Assembled {
  return { input: pick(fields, ISSUE_FIELDS), renames: {} };
}
export function issueToFields(i: IssueSnapshot): FieldValues {
  return toFields(i, ISSUE_FIELDS);
}
