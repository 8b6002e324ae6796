import "server-only";
import { db } from "@/lib/db/client";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";
import { visiblePlan } from "./plan-visibility";

/** Every plan of an issue's negotiation with a point touching the issue, in date order, each with those points in printed order. */
export async function listIssuePlanPoints({ issueId }: { issueId: string }) {
  const plans = await db.plan.findMany({
    where: { ...visiblePlan, points: { some: { ...visiblePlanPoint, issues: { some: { issueId } } } } },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    select: {
      id: true, title: true, date: true, datePrecision: true, status: true,
      points: {
        where: { ...visiblePlanPoint, issues: { some: { issueId } } },
        orderBy: [{ order: "asc" }, { createdAt: "asc" }],
        select: { id: true, number: true, numberPrinted: true, summary: true },
      },
    },
  });
  return plans;
}

export type IssuePlanPoints = Awaited<ReturnType<typeof listIssuePlanPoints>>;
