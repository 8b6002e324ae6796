"use server";
import { redirect } from "next/navigation";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { commitmentFromFields } from "@/lib/commitments/commitment-form-fields";

export async function createCommitmentAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = commitmentFromFields(values);
  const result = await attemptSave((actor) => createCommitment({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  redirect(`/commitments/${encodeURIComponent(result.saved.id)}?saved=created`);
}
