"use server";
import { redirect } from "next/navigation";
import { commitmentInput, toCommitmentInput } from "@/lib/commitments/commitment-input";
import { updateCommitment } from "@/lib/commitments/update-commitment";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { commitmentFromFields, commitmentToFields } from "@/lib/commitments/commitment-form-fields";
import type { CommitmentSnapshot } from "@/lib/commitments/commitment-snapshot";

export async function updateCommitmentAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = commitmentFromFields(values);
  const version = Number(text(values, "version"));
  const result = await attemptSave<CommitmentSnapshot, CommitmentSnapshot>(
    (actor) => updateCommitment({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "commitment", yours: input, schema: commitmentInput, toInput: (c) => toCommitmentInput(c), version, form: { toFields: commitmentToFields, fromFields: commitmentFromFields } },
    },
  );
  if ("state" in result) return result.state;
  redirect(`/commitments/${encodeURIComponent(result.saved.id)}?saved=changed`);
}
