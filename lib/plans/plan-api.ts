import "server-only";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { db, type Prisma } from "@/lib/db/client";
import { defineResource } from "@/lib/api/resource";
import { contains, idOrSlug, listPage, recordLinks, recordTimes } from "@/lib/api/list-query";
import { createPlan } from "./create-plan";
import { planItem, planListQuery, type PlanItem, type PlanListQuery } from "./plan-api-schema";
import { planInput } from "./plan-input";
import { planHref } from "./plan-links";
import { visiblePlan } from "./plan-visibility";
import { restorePlan } from "./restore-plan";
import { retractPlan } from "./retract-plan";
import { updatePlan } from "./update-plan";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";

const select = {
  id: true, version: true, negotiationId: true, title: true, date: true, datePrecision: true, status: true,
  summary: true, notes: true, pointCount: true, previousVersionId: true, createdAt: true, updatedAt: true,
  authors: { where: { party: visibleParty }, orderBy: { order: "asc" }, select: { partyId: true } },
  sources: { where: { source: visibleSource }, orderBy: { order: "asc" }, select: { sourceId: true } },
  droppedPoints: { where: { point: visiblePlanPoint }, orderBy: { order: "asc" }, select: { pointId: true, note: true } },
  negotiation: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.PlanSelect;

type Row = Prisma.PlanGetPayload<{ select: typeof select }>;

function toItem({ authors, sources, datePrecision, ...row }: Row): PlanItem {
  return {
    ...row,
    date: toPartialDateText(row.date, datePrecision),
    status: row.status as PlanItem["status"],
    authorIds: authors.map((a) => a.partyId),
    sourceIds: sources.map((s) => s.sourceId),
    ...recordTimes(row),
    links: {
      ...recordLinks("plans", row.id, "plan", row.id),
      html: planHref(row.id),
      points: `/api/v1/plan-points?plan=${encodeURIComponent(row.id)}`,
    },
  };
}

function list(query: PlanListQuery) {
  const filters = [
    visiblePlan,
    query.negotiation ? { negotiation: idOrSlug(query.negotiation) } : {},
    query.party ? { authors: { some: { party: idOrSlug(query.party) } } } : {},
    query.issue ? { points: { some: { ...visiblePlanPoint, issues: { some: { issue: idOrSlug(query.issue) } } } } } : {},
    query.status ? { status: query.status } : {},
    query.q ? { OR: [{ title: contains(query.q) }, { summary: contains(query.q) }, { notes: contains(query.q) }] } : {},
  ];
  return listPage(query, filters, (window) => db.plan.findMany({ ...window, select }), toItem);
}

async function get(id: string) {
  const row = await db.plan.findFirst({ where: { id, ...visiblePlan }, select });
  return row && toItem(row);
}

export const plans = defineResource({
  path: "plans",
  noun: "plan",
  tag: "Plans",
  description:
    "Documents tabled in a negotiation (drafts, proposals, agreed texts), each made of numbered points, each possibly revising or answering an earlier plan.",
  entityType: "plan",
  item: planItem,
  listQuery: planListQuery,
  input: planInput,
  acceptsSlug: false,
  example: {
    negotiationId: "NEGOTIATION_ID",
    title: "Twelve-point framework for a settlement",
    date: "2025-11",
    status: "proposed",
    summary: "A framework tabled by the mediators: a ceasefire first, then talks on the line of contact.",
    pointCount: 12,
    previousVersionId: "PLAN_ID",
    authorIds: ["PARTY_ID"],
    sourceIds: ["SOURCE_ID"],
    droppedPoints: [{ pointId: "PREVIOUS_VERSION_POINT_ID", note: "Left out after the second round." }],
  },
  list,
  get,
  create: createPlan,
  update: updatePlan,
  retract: retractPlan,
  restore: restorePlan,
});
