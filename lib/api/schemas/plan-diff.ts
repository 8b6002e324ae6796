// GET /api/v1/plan-diff: what changed between two plans of one negotiation, point by point,
// as the plan diff page shows it (docs/domain-rules.md, "Plans and their diffs").
import { z } from "zod";
import { planStatus, pointChange } from "@/lib/vocab";
import { negotiationRef, partialDateText } from "./common";

const planId = (which: string) =>
  z
    .string({ error: `Name the ${which} plan by its id` })
    .trim()
    .min(1, `Name the ${which} plan by its id`)
    .max(100, "That is not a plan's id")
    .regex(/^[A-Za-z0-9_-]+$/, "That is not a plan's id");

export const planDiffQuery = z
  .strictObject({
    from: planId("earlier").meta({ description: "The plan to read the changes from (its id)" }),
    to: planId("later").meta({ description: "The plan to read the changes to (its id), of the same negotiation" }),
  })
  .refine((q) => q.from !== q.to, { error: "Name two different plans", path: ["to"] });
export type PlanDiffQuery = z.infer<typeof planDiffQuery>;

const planSide = z.object({
  id: z.string(),
  title: z.string(),
  date: partialDateText,
  status: planStatus,
  recordedPoints: z.int().meta({ description: "How many of its points Parley records" }),
  documentPoints: z.int().nullable().meta({ description: "How many points the document has; null when not known" }),
  links: z.object({ self: z.string() }),
});

const point = z.object({
  id: z.string(),
  number: z.string(),
  numberPrinted: z.boolean().meta({ description: "Whether the document prints this number (false: counted by Parley)" }),
  summary: z.string(),
  change: pointChange.nullable().meta({ description: "What the plan says it did to the point it revises" }),
  changeNote: z.string().nullable(),
  issues: z.array(z.string()).meta({ description: "The slugs of the issues the point touches" }),
  links: z.object({ self: z.string() }),
});

export const planDiffResult = z.object({
  negotiation: negotiationRef,
  from: planSide,
  to: planSide,
  connection: z.object({
    kind: z.enum(["revises", "revised-by", "common-ancestor", "none"]).meta({
      description: "revises: `to` revises `from` (through the plans in `via`); revised-by: the other way, read backwards in time; common-ancestor: both revise an earlier plan; none: no chain of versions links them",
    }),
    via: z.array(z.string()).meta({ description: "The ids of the plans the pairing goes through, besides the two" }),
  }),
  counts: z
    .object({ before: z.int(), after: z.int(), kept: z.int(), changed: z.int(), added: z.int(), dropped: z.int(), unpaired: z.int() })
    .meta({ description: "new and dropped count what is known; unpaired, the points with no counterpart among those recorded" }),
  partlyRecorded: z
    .array(z.object({ id: z.string(), title: z.string() }))
    .meta({ description: "The plans on the way whose points are not all recorded: a point with no counterpart may have one among theirs" }),
  entries: z
    .array(
      z.object({
        kind: z.enum(["kept", "changed", "added", "dropped"]),
        before: z.array(point).meta({ description: "The earlier plan's points (several when the later one merges them); none for a new point" }),
        after: point.nullable().meta({ description: "The later plan's point; null for a dropped one" }),
        notes: z.array(z.string()).meta({ description: "What the plans on the way say of the change" }),
        unrecorded: z.boolean().meta({ description: "True for an added or dropped point whose counterpart may be among points not recorded" }),
      }),
    )
    .meta({ description: "The later plan's points in printed order, then the dropped points in the earlier plan's order" }),
  links: z.object({ page: z.string().meta({ description: "The diff's page for readers" }) }),
});
export type PlanDiffResult = z.infer<typeof planDiffResult>;
