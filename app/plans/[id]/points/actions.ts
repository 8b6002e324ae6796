"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { isStaleVersion } from "@/lib/errors/app-error";
import { editStateFromError } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { arrangePointRows } from "@/lib/plan-points/arrange-point-rows";
import { planPointsFromFields, pointRows, pointRowsToFields } from "@/lib/plan-points/plan-point-form-fields";
import { pointsConflictState } from "@/lib/plan-points/points-conflict-state";
import type { PointsConflict } from "@/lib/plan-points/points-conflict";
import { savePlanPoints } from "@/lib/plan-points/save-plan-points";
import { planHref } from "@/lib/plans/plan-links";

/** The points editor: "intent" says whether to save, or to split pasted lines, renumber or move rows first (nothing saved). */
export async function savePlanPointsAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const intent = text(values, "intent") ?? "save";
  if (intent !== "save") {
    const arranged = arrangePointRows(pointRows(values).rows, intent, text(values, "paste") ?? "");
    const rest = Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith("points.") && name !== "intent"));
    const splitOk = intent === "split" && arranged && arranged.rows.length > pointRows(values).rows.length;
    return {
      status: "done",
      message: arranged?.message ?? "Nothing to do: reload the page and try again.",
      values: { ...rest, ...(splitOk ? { paste: "" } : {}), ...pointRowsToFields(arranged?.rows ?? pointRows(values).rows) },
      focusStep: arranged?.focus,
      addedOptions: previous.addedOptions,
      seq: previous.seq + 1,
    };
  }
  const { input, renames } = planPointsFromFields(values);
  const planId = text(values, "planId") ?? "";
  try {
    await savePlanPoints({ input, actor: await getActor(), note: text(values, "note") });
  } catch (error) {
    if (isStaleVersion(error)) return pointsConflictState(error.details.current as PointsConflict, values, previous);
    return editStateFromError(error, { previous, values, renames });
  }
  redirect(`${planHref(planId)}?saved=points`);
}
