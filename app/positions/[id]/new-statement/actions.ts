"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { positionFromFields, termsKindOf } from "@/lib/positions/position-form-fields";
import { positionErrorState, savePositionCitingNewSource } from "@/lib/forms/position-save";
import { supersedePosition } from "@/lib/positions/supersede-position";

/** Records a new statement superseding the position in one step; party and issue stay the old one's. */
export async function newStatementAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const kind = termsKindOf(values);
  const assembled = positionFromFields(values, kind);
  const version = Number(text(values, "version"));
  let id: string;
  try {
    const actor = await getActor();
    const result = await savePositionCitingNewSource({
      assembled,
      kind,
      actor,
      save: ({ partyId: _party, issueId: _issue, withdrawnOn: _withdrawn, ...input }) =>
        supersedePosition({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    });
    id = result.position.id;
  } catch (error) {
    return positionErrorState(error, { previous, values, assembled, version });
  }
  redirect(`/positions/${encodeURIComponent(id)}?saved=statement`);
}
