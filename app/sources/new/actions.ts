"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { sourceFromFields } from "@/lib/sources/source-form-fields";
import { createSource } from "@/lib/sources/create-source";

export async function createSourceAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = sourceFromFields(values);
  const result = await attemptSave((actor) => createSource({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  redirect(`/sources/${encodeURIComponent(result.saved.id)}?saved=created`);
}
