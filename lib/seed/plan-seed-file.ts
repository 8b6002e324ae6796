// The shape of Parley's seed file of plans (prisma/seed/plans.json): plans of any seeded
// negotiation, each with its points, in Parley's vocabulary. The loader (load-plan-seed.ts)
// loads the plans of the negotiations the database holds and leaves the rest for later.
import { z } from "zod";
import { partialDate } from "@/lib/dates/partial-date";
import { planStatus, pointChange } from "@/lib/vocab";
import { seedSource } from "./seed-file";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase words joined by hyphens");

export const seedPlanPoint = z.strictObject({
  /** As printed, or a label of Parley's own when `numberPrinted` is false. */
  number: z.string().min(1).max(40),
  numberPrinted: z.boolean(),
  summary: z.string().min(1),
  issues: z.array(slug),
  /** The number of the point of the previous version it revises. */
  revises: z.string().min(1).nullable(),
  change: pointChange.nullable(),
  changeNote: z.string().min(1).nullable(),
});

export const seedPlan = z.strictObject({
  id: slug,
  negotiation: slug,
  title: z.string().min(1),
  /** The lead author first. */
  authors: z.array(slug).min(1),
  date: partialDate,
  status: planStatus,
  summary: z.string().min(1),
  notes: z.string().min(1).nullable(),
  pointCount: z.number().int().positive().nullable(),
  previousVersion: slug.nullable(),
  sources: z.array(z.string().min(1)),
  points: z.array(seedPlanPoint),
  /** Points of the previous version this plan leaves out, by number. */
  dropped: z.array(z.strictObject({ number: z.string().min(1), note: z.string().min(1).nullable() })),
});

export const planSeedFile = z.strictObject({
  sources: z.array(seedSource),
  plans: z.array(seedPlan),
});
export type PlanSeedFile = z.infer<typeof planSeedFile>;
export type SeedPlan = z.infer<typeof seedPlan>;
