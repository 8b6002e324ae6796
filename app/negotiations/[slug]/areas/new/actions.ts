"use server";
import { redirect } from "next/navigation";
import { areaFromFields } from "@/lib/areas/area-form-fields";
import { createArea } from "@/lib/areas/create-area";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import { negotiationSlugOf } from "@/lib/forms/find-record";
import type { EditFormState } from "@/lib/forms/form-state";
import { returnsToSetup, setupHref } from "@/lib/negotiations/setup-return";

export async function createAreaAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = areaFromFields(values);
  const result = await attemptSave((actor) => createArea({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  const negotiation = await negotiationSlugOf(result.saved.negotiationId);
  if (negotiation && returnsToSetup(text(values, "then"))) redirect(setupHref(negotiation, { hash: "step-areas" }));
  redirect(`/negotiations/${encodeURIComponent(negotiation ?? "")}/areas#area-${encodeURIComponent(result.saved.slug)}`);
}
