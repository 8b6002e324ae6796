"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import { negotiationSlugOf } from "@/lib/forms/find-record";
import type { EditFormState } from "@/lib/forms/form-state";
import { issueFromFields } from "@/lib/issues/issue-form-fields";
import { createIssue } from "@/lib/issues/create-issue";
import { returnsToSetup, setupHref } from "@/lib/negotiations/setup-return";

export async function createIssueAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = issueFromFields(values);
  const result = await attemptSave((actor) => createIssue({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  const negotiation = await negotiationSlugOf(result.saved.negotiationId);
  if (negotiation && returnsToSetup(text(values, "then"))) redirect(setupHref(negotiation, { hash: "step-issues" }));
  redirect(`/negotiations/${encodeURIComponent(negotiation ?? "")}/issues/${encodeURIComponent(result.saved.slug)}`);
}
