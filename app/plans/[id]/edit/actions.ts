"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { planFromFields, planToFields } from "@/lib/plans/plan-form-fields";
import { planInput, toPlanInput } from "@/lib/plans/plan-input";
import { planHref } from "@/lib/plans/plan-links";
import type { PlanSnapshot } from "@/lib/plans/plan-snapshot";
import { updatePlan } from "@/lib/plans/update-plan";

export async function updatePlanAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = planFromFields(values);
  const version = Number(text(values, "version"));
  const result = await attemptSave<PlanSnapshot, PlanSnapshot>(
    (actor) => updatePlan({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "plan", yours: input, schema: planInput, toInput: (c) => toPlanInput(c), version, form: { toFields: planToFields, fromFields: planFromFields } },
    },
  );
  if ("state" in result) return result.state;
  redirect(planHref(result.saved.id));
}
