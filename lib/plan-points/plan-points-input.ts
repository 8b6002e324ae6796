import { z } from "zod";
import { wholeNumberFrom } from "@/lib/validation/whole-number";
import { knownFieldsOnly, optionalRecordId, recordId } from "@/lib/validation/text-field";
import { mappingIsComplete, pointAnchor, pointFields } from "./plan-point-input";

/** One row of the points editor: a point already saved (its id and the version the editor saw) or a new one. */
export const pointRowInput = pointFields
  .omit({ order: true })
  .extend({
    id: optionalRecordId("the point"),
    version: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      wholeNumberFrom(z.number({ error: "The point's version is missing; reload the page" }).int().positive().nullable()),
    ),
  })
  .superRefine((row, ctx) => {
    mappingIsComplete(row, ctx);
    if (row.id && row.version === null) ctx.addIssue({ code: "custom", path: ["version"], message: "The point's version is missing; reload the page" });
  });
export type PointRowInput = z.infer<typeof pointRowInput>;

/**
 * A plan's points as the editor lists them, in printed order: the order of the list is each
 * point's order. Two rows may not share a number (as it reads in a link).
 */
export const planPointsInput = z.strictObject({
  planId: recordId("a plan"),
  points: z
    .array(pointRowInput, { error: "Give the list of points" })
    .max(500, "A plan can have at most 500 points")
    .superRefine((rows, ctx) => {
      const seen = new Map<string, number>();
      rows.forEach((row, i) => {
        const key = pointAnchor(row.number);
        const first = seen.get(key);
        if (first !== undefined) {
          ctx.addIssue({ code: "custom", path: [i, "number"], message: `Row ${first + 1} already has the number “${rows[first]!.number}”: give each point its own number` });
        } else seen.set(key, i);
      });
    }),
}, knownFieldsOnly);
export type PlanPointsInput = z.infer<typeof planPointsInput>;
