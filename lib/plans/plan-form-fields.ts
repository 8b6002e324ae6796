// A plan's form fields ⇄ its input, for the client form and the server actions alike.
import { asText, readRows, type Assembled, type FieldValues, type Renames } from "@/lib/forms/fields";
import { idRowFields, idRows, pick, toFields } from "@/lib/forms/record-fields";
import { toPlanInput } from "./plan-input";
import type { PlanSnapshot } from "./plan-snapshot";

const PLAN_TEXT = ["negotiationId", "title", "date", "status", "summary", "notes", "pointCount", "previousVersionId"] as const;

export function planFromFields(fields: FieldValues): Assembled {
  const renames: Renames = {};
  const dropped = readRows(fields, "droppedPoints", ["pointId", "note"], renames);
  return {
    input: {
      ...pick(fields, PLAN_TEXT),
      authorIds: idRows(fields, "authorIds", renames),
      sourceIds: idRows(fields, "sourceIds", renames),
      droppedPoints: dropped.map((d) => ({ pointId: d.pointId, note: d.note })),
    },
    renames,
  };
}

export function planToFields(plan: PlanSnapshot): FieldValues {
  const input = toPlanInput(plan);
  const out: FieldValues = { ...toFields(input, PLAN_TEXT), ...idRowFields("authorIds", input.authorIds), ...idRowFields("sourceIds", input.sourceIds) };
  input.droppedPoints.forEach((d, i) => {
    out[`droppedPoints.${i}.pointId`] = d.pointId;
    out[`droppedPoints.${i}.note`] = asText(d.note);
  });
  return out;
}
