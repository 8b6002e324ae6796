"use server";
import { redirect } from "next/navigation";
import { areaFromFields, areaToFields } from "@/lib/areas/area-form-fields";
import { areaInput, toAreaInput } from "@/lib/areas/area-input";
import type { AreaSnapshot } from "@/lib/areas/area-snapshot";
import { updateArea } from "@/lib/areas/update-area";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import { negotiationSlugOf } from "@/lib/forms/find-record";
import type { EditFormState } from "@/lib/forms/form-state";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";

export async function updateAreaAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = areaFromFields(values);
  const id = text(values, "id") ?? "";
  const version = Number(text(values, "version"));
  // The form does not show the drawn outline: keep the one the area has. Should it have
  // changed since the form was opened, the version check turns the save into a conflict,
  // whose comparison leaves the outline out of the editor's side: they did not change it.
  const stored = await getRecordSnapshot<AreaSnapshot>({ entityType: "area", id });
  const withOutline = { ...input, outline: stored?.outline ?? null };
  const result = await attemptSave<AreaSnapshot, AreaSnapshot>(
    (actor) => updateArea({ id, version, input: withOutline, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "area", yours: input, schema: areaInput, toInput: toAreaInput, version, form: { toFields: areaToFields, fromFields: areaFromFields } },
    },
  );
  if ("state" in result) return result.state;
  const negotiation = await negotiationSlugOf(result.saved.negotiationId);
  redirect(`/negotiations/${encodeURIComponent(negotiation ?? "")}/areas#area-${encodeURIComponent(result.saved.slug)}`);
}
