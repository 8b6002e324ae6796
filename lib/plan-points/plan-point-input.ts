import { z } from "zod";
import type { PlanPointSnapshot } from "@/lib/plan-points/plan-point-snapshot";
import { pointChanges } from "@/lib/vocab";
import { knownFieldsOnly, optionalRecordId, optionalText, orderField, recordId, recordIds, requiredText } from "@/lib/validation/text-field";

const blankToNull = (value: unknown) => {
  const text = typeof value === "string" ? value.trim() : value;
  return text === "" || text === undefined ? null : text;
};

/** A point's own fields, without the plan it belongs to (the batch editor gives that once). */
export const pointFields = z.strictObject({
  number: requiredText({ label: "the point's number", max: 40 }),
  // False when the document's own numbering is not known and `number` is Parley's label.
  numberPrinted: z.boolean({ error: "Say whether the number is as printed (true or false)" }).default(true),
  order: orderField,
  summary: requiredText({ label: "the summary", max: 3000, multiline: true }),
  issueIds: recordIds("issue", { max: 50 }),
  revisesId: optionalRecordId("the point it revises"),
  change: z.preprocess(blankToNull, z.enum(pointChanges, { error: `Choose how it treats the earlier point: ${pointChanges.join(", ")}` }).nullable()),
  changeNote: optionalText({ label: "the note on what changed", max: 2000, multiline: true }),
}, knownFieldsOnly);

/** A mapped point says whether it keeps or changes the earlier point; an unmapped one says neither. */
export function mappingIsComplete(point: { revisesId: string | null; change: string | null }, ctx: z.RefinementCtx) {
  if (point.revisesId && !point.change) {
    ctx.addIssue({ code: "custom", path: ["change"], message: "Say whether this point keeps or changes the point it revises" });
  }
  if (!point.revisesId && point.change) {
    ctx.addIssue({ code: "custom", path: ["revisesId"], message: "Choose the earlier point it keeps or changes, or leave both blank for a new point" });
  }
}

export const planPointInput = pointFields.extend({ planId: recordId("a plan") }).superRefine(mappingIsComplete);
export type PlanPointInput = z.infer<typeof planPointInput>;

export function toPlanPointInput(p: PlanPointSnapshot, current?: PlanPointSnapshot | null) {
  return {
    planId: p.planId,
    number: p.number,
    numberPrinted: p.numberPrinted,
    order: p.order,
    summary: p.summary,
    issueIds: p.issueIds ?? current?.issueIds ?? [],
    revisesId: p.revisesId,
    change: p.change,
    changeNote: p.changeNote,
  };
}

/**
 * The anchor of a point within its plan's page ("point-4a"), from its number. Two numbers
 * that read the same in a link ("4a", "4 A") count as the same number within a plan.
 */
export function pointAnchor(number: string): string {
  const key = number.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `point-${key || "x"}`;
}
