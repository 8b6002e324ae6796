"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { createPlan } from "@/lib/plans/create-plan";
import { planFromFields } from "@/lib/plans/plan-form-fields";
import { planHref } from "@/lib/plans/plan-links";

export async function createPlanAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = planFromFields(values);
  const result = await attemptSave((actor) => createPlan({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  // A new plan has no points yet: on to entering them.
  redirect(`${planHref(result.saved.id)}/points?saved=created`);
}
