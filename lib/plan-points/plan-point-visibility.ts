import type { Prisma } from "@/lib/db/client";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { notRetracted } from "@/lib/records/visible";

/** Readers see a point unless it, its plan or the plan's negotiation is retracted. */
export const visiblePlanPoint = { ...notRetracted, plan: visiblePlan } as const satisfies Prisma.PlanPointWhereInput;
