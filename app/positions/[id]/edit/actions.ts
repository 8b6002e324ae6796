"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { positionFromFields, termsKindOf } from "@/lib/positions/position-form-fields";
import { positionErrorState, savePositionCitingNewSource } from "@/lib/forms/position-save";
import { updatePosition } from "@/lib/positions/update-position";

export async function updatePositionAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const kind = termsKindOf(values);
  const assembled = positionFromFields(values, kind);
  const version = Number(text(values, "version"));
  let id: string;
  try {
    const actor = await getActor();
    ({ id } = await savePositionCitingNewSource({
      assembled,
      kind,
      actor,
      save: (input) => updatePosition({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    }));
  } catch (error) {
    return positionErrorState(error, { previous, values, assembled, version, editing: { kind } });
  }
  redirect(`/positions/${encodeURIComponent(id)}?saved=changed`);
}
