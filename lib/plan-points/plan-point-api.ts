import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { apiPath } from "@/lib/api/links";
import { defineResource } from "@/lib/api/resource";
import { contains, idOrSlug, listPage, recordLinks, recordTimes } from "@/lib/api/list-query";
import { createPlanPoint } from "./create-plan-point";
import { planPointItem, planPointListQuery, type PlanPointItem, type PlanPointListQuery } from "./plan-point-api-schema";
import { planPointInput } from "./plan-point-input";
import { pointHref } from "@/lib/plans/plan-links";
import { visiblePlanPoint } from "./plan-point-visibility";
import { restorePlanPoint } from "./restore-plan-point";
import { retractPlanPoint } from "./retract-plan-point";
import { updatePlanPoint } from "./update-plan-point";
import { visibleIssue } from "@/lib/issues/issue-visibility";

const select = {
  id: true, version: true, planId: true, number: true, numberPrinted: true, order: true, summary: true,
  revisesId: true, change: true, changeNote: true, createdAt: true, updatedAt: true,
  issues: { where: { issue: visibleIssue }, orderBy: { order: "asc" }, select: { issueId: true } },
  plan: { select: { id: true, title: true } },
} satisfies Prisma.PlanPointSelect;

type Row = Prisma.PlanPointGetPayload<{ select: typeof select }>;

function toItem({ issues, ...row }: Row): PlanPointItem {
  return {
    ...row,
    change: row.change as PlanPointItem["change"],
    issueIds: issues.map((i) => i.issueId),
    ...recordTimes(row),
    links: { ...recordLinks("plan-points", row.id, "planPoint", row.id), html: pointHref(row.planId, row.number), plan: apiPath("plans", row.planId) },
  };
}

function list(query: PlanPointListQuery) {
  const filters = [
    visiblePlanPoint,
    query.plan ? { planId: query.plan } : {},
    query.negotiation ? { plan: { negotiation: idOrSlug(query.negotiation) } } : {},
    query.issue ? { issues: { some: { issue: idOrSlug(query.issue) } } } : {},
    query.q ? { OR: [{ summary: contains(query.q) }, { changeNote: contains(query.q) }] } : {},
  ];
  return listPage(query, filters, (window) => db.planPoint.findMany({ ...window, select }), toItem);
}

async function get(id: string) {
  const row = await db.planPoint.findFirst({ where: { id, ...visiblePlanPoint }, select });
  return row && toItem(row);
}

export const planPoints = defineResource({
  path: "plan-points",
  noun: "plan point",
  tag: "Plan points",
  description:
    "The numbered points of plans: each with the issues it touches and, for a plan that revises another, the earlier point it keeps or changes.",
  entityType: "planPoint",
  item: planPointItem,
  listQuery: planPointListQuery,
  input: planPointInput,
  acceptsSlug: false,
  example: {
    planId: "PLAN_ID",
    number: "4a",
    numberPrinted: true,
    order: 4,
    summary: "Both sides withdraw heavy weapons 15 km from the line within 30 days.",
    issueIds: ["ISSUE_ID"],
    revisesId: "PREVIOUS_VERSION_POINT_ID",
    change: "changed",
    changeNote: "The distance grows from 10 km to 15 km.",
  },
  list,
  get,
  create: createPlanPoint,
  update: updatePlanPoint,
  retract: retractPlanPoint,
  restore: restorePlanPoint,
});
