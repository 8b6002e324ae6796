"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import { negotiationSlugOf } from "@/lib/forms/find-record";
import type { EditFormState } from "@/lib/forms/form-state";
import { issueFromFields, issueToFields } from "@/lib/issues/issue-form-fields";
import { issueInput, toIssueInput } from "@/lib/issues/issue-input";
import { updateIssue } from "@/lib/issues/update-issue";
import type { IssueSnapshot } from "@/lib/issues/issue-snapshot";

export async function updateIssueAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = issueFromFields(values);
  const version = Number(text(values, "version"));
  const result = await attemptSave<IssueSnapshot, IssueSnapshot>(
    (actor) => updateIssue({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "issue", yours: input, schema: issueInput, toInput: toIssueInput, version, form: { toFields: issueToFields, fromFields: issueFromFields } },
    },
  );
  if ("state" in result) return result.state;
  const negotiation = await negotiationSlugOf(result.saved.negotiationId);
  redirect(`/negotiations/${encodeURIComponent(negotiation ?? "")}/issues/${encodeURIComponent(result.saved.slug)}`);
}
