import { z } from "zod";
import { wholeNumberFrom } from "@/lib/validation/whole-number";
import { toPartialDateText } from "@/lib/dates/partial-date";
import type { PlanSnapshot } from "@/lib/plans/plan-snapshot";
import { planStatuses } from "@/lib/vocab";
import { partialDateField } from "@/lib/validation/date-field";
import { knownFieldsOnly, optionalRecordId, optionalText, recordId, recordIds, requiredText } from "@/lib/validation/text-field";

const blankToNull = (value: unknown) => {
  const text = typeof value === "string" ? value.trim() : value;
  return text === "" || text === undefined ? null : text;
};

/** A point of the previous version that this plan leaves out, and what the sources say of it. */
export const droppedPointInput = z.strictObject({
  pointId: recordId("a point of the previous version"),
  note: optionalText({ label: "the note on the dropped point", max: 1000, multiline: true }),
}, knownFieldsOnly);

export const planInput = z.strictObject({
  negotiationId: recordId("a negotiation"),
  title: requiredText({ label: "the title", max: 300 }),
  date: partialDateField("the date"),
  status: z.enum(planStatuses, { error: `Choose a status: ${planStatuses.join(", ")}` }),
  summary: requiredText({ label: "the summary", max: 3000, multiline: true }),
  notes: optionalText({ label: "the editorial notes", max: 5000, multiline: true }),
  pointCount: z.preprocess(
    blankToNull,
    wholeNumberFrom(
      z
        .number({ error: "Give the number of points as a whole number" })
        .int("Give the number of points as a whole number")
        .min(1, "A document has at least one point; leave this blank if the number is not known")
        .max(1000, "The number of points must be 1,000 or less")
        .nullable(),
    ),
  ),
  previousVersionId: optionalRecordId("the plan it revises or answers"),
  // The lead author first: the order is kept.
  authorIds: recordIds("party", { min: 1, max: 20 }),
  sourceIds: recordIds("source"),
  droppedPoints: z
    .array(droppedPointInput, { error: "Give the list of dropped points" })
    .max(500, "List at most 500 dropped points")
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (seen.has(row.pointId)) ctx.addIssue({ code: "custom", path: [i, "pointId"], message: "This point is already listed as dropped" });
        seen.add(row.pointId);
      });
    })
    .default([]),
}, knownFieldsOnly);
export type PlanInput = z.infer<typeof planInput>;

/** The form's values for a stored plan; relations the snapshot did not record come from `current`. */
export function toPlanInput(p: PlanSnapshot, current?: PlanSnapshot | null) {
  return {
    negotiationId: p.negotiationId,
    title: p.title,
    date: toPartialDateText(new Date(p.date), p.datePrecision),
    status: p.status,
    summary: p.summary,
    notes: p.notes,
    pointCount: p.pointCount,
    previousVersionId: p.previousVersionId,
    authorIds: p.authorIds ?? current?.authorIds ?? [],
    sourceIds: p.sourceIds ?? current?.sourceIds ?? [],
    droppedPoints: (p.droppedPoints ?? current?.droppedPoints ?? []).map((d) => ({ pointId: d.pointId, note: d.note })),
  };
}
