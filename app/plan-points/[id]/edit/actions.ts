"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { planPointFromFields, planPointToFields } from "@/lib/plan-points/plan-point-form-fields";
import { planPointInput, toPlanPointInput } from "@/lib/plan-points/plan-point-input";
import type { PlanPointSnapshot } from "@/lib/plan-points/plan-point-snapshot";
import { updatePlanPoint } from "@/lib/plan-points/update-plan-point";
import { pointHref } from "@/lib/plans/plan-links";

export async function updatePlanPointAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = planPointFromFields(values);
  const version = Number(text(values, "version"));
  const result = await attemptSave<PlanPointSnapshot, PlanPointSnapshot>(
    (actor) => updatePlanPoint({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "planPoint", yours: input, schema: planPointInput, toInput: (c) => toPlanPointInput(c), version, form: { toFields: planPointToFields, fromFields: planPointFromFields } },
    },
  );
  if ("state" in result) return result.state;
  redirect(pointHref(result.saved.planId, result.saved.number));
}
