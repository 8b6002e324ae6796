"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { sourceFromFields, sourceToFields } from "@/lib/sources/source-form-fields";
import type { SourceSnapshot } from "@/lib/sources/source-snapshot";
import { sourceInput, toSourceInput } from "@/lib/sources/source-input";
import { updateSource } from "@/lib/sources/update-source";

export async function updateSourceAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = sourceFromFields(values);
  const id = text(values, "id") ?? "";
  const version = Number(text(values, "version"));
  const result = await attemptSave<SourceSnapshot, SourceSnapshot>(
    (actor) => updateSource({ id, version, input, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "source", yours: input, schema: sourceInput, toInput: toSourceInput, version, form: { toFields: sourceToFields, fromFields: sourceFromFields } },
    },
  );
  if ("state" in result) return result.state;
  redirect(`/sources/${encodeURIComponent(result.saved.id)}?saved=changed`);
}
