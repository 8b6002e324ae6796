import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { diffPlans } from "./diff/diff-plans";
import { groupByIssue } from "./diff/group-by-issue";
import { loadPlanFamily } from "./load-plan-family";
import { visiblePlan } from "./plan-visibility";

const loadPlanDiff = cache(async (fromId: string, toId: string) => {
  const ends = await db.plan.findMany({
    where: { id: { in: [fromId, toId] }, ...visiblePlan },
    select: { id: true, negotiation: { select: { id: true, slug: true, title: true } } },
  });
  const from = ends.find((p) => p.id === fromId);
  const to = ends.find((p) => p.id === toId);
  if (!from || !to || from.negotiation.id !== to.negotiation.id) return null;
  const { family, plans, issues } = await loadPlanFamily(from.negotiation.id);
  const diff = diffPlans(family, fromId, toId);
  const byId = new Map(plans.map((p) => [p.id, p]));
  return {
    negotiation: from.negotiation,
    from: byId.get(fromId)!,
    to: byId.get(toId)!,
    plans,
    diff,
    groups: groupByIssue(diff.entries, issues),
    issues,
  };
});

/**
 * The diff from one plan to another of the same negotiation, with both plans, the
 * negotiation's plans (to name those a chain passes through, and to choose others) and the
 * diff grouped by issue. Null unless readers may see both plans and they share a negotiation.
 */
export function getPlanDiff({ fromId, toId }: { fromId: string; toId: string }) {
  return loadPlanDiff(fromId, toId);
}

export type PlanDiffPage = NonNullable<Awaited<ReturnType<typeof getPlanDiff>>>;
