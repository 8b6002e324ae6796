"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { positionFromFields, termsKindOf } from "@/lib/positions/position-form-fields";
import { positionErrorState, savePositionCitingNewSource } from "@/lib/forms/position-save";
import { createPosition } from "@/lib/positions/create-position";

export async function createPositionAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const kind = termsKindOf(values);
  const assembled = positionFromFields(values, kind);
  let id: string;
  try {
    const actor = await getActor();
    ({ id } = await savePositionCitingNewSource({ assembled, kind, actor, save: (input) => createPosition({ input, actor, note: text(values, "note") }) }));
  } catch (error) {
    return positionErrorState(error, { previous, values, assembled, version: 0 });
  }
  redirect(`/positions/${encodeURIComponent(id)}?saved=created`);
}
