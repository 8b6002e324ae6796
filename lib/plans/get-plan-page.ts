import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { getMentions } from "@/lib/records/get-mentions";
import { notRetracted } from "@/lib/records/visible";
import { visiblePlanSources } from "@/lib/sources/select-source";
import { planGaps } from "./point-gaps";
import { visiblePlan } from "./plan-visibility";

const pointRef = { id: true, number: true, numberPrinted: true, plan: { select: { id: true, title: true } } } as const;

const loadPlanPage = cache(async (id: string) => {
  const plan = await db.plan.findFirst({
    where: { id, ...visiblePlan },
    select: {
      id: true, title: true, date: true, datePrecision: true, status: true, summary: true, notes: true, pointCount: true,
      negotiation: { select: { id: true, slug: true, title: true } },
      authors: { where: { party: visibleParty }, orderBy: { order: "asc" }, select: { party: { select: { slug: true, name: true, shortName: true } } } },
      sources: visiblePlanSources,
      previousVersion: { select: { id: true, title: true, retractedAt: true } },
      laterVersions: { where: visiblePlan, orderBy: { date: "asc" }, select: { id: true, title: true, date: true, datePrecision: true, status: true } },
      droppedPoints: {
        where: { point: visiblePlanPoint },
        orderBy: { order: "asc" },
        select: { note: true, point: { select: { id: true, number: true, numberPrinted: true, summary: true } } },
      },
    },
  });
  if (!plan) return null;
  const points = await db.planPoint.findMany({
    where: { planId: plan.id, ...notRetracted },
    orderBy: [{ order: "asc" }, { createdAt: "asc" }],
    select: {
      id: true, number: true, numberPrinted: true, order: true, summary: true, change: true, changeNote: true,
      issues: { where: { issue: notRetracted }, orderBy: { order: "asc" }, select: { issue: { select: { id: true, slug: true, name: true, order: true } } } },
      revises: { select: { ...pointRef, retractedAt: true, plan: { select: { id: true, title: true, retractedAt: true } } } },
      revisedBy: { where: visiblePlanPoint, orderBy: { plan: { date: "asc" } }, select: { ...pointRef, change: true } },
      citedBy: {
        where: { position: visiblePosition },
        orderBy: { position: { statedOn: "asc" } },
        select: {
          position: {
            select: {
              id: true, stance: true, statedOn: true, statedOnPrecision: true,
              party: { select: { shortName: true } },
              issue: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  const [issues, mentions] = await Promise.all([
    db.issue.findMany({ where: { negotiationId: plan.negotiation.id, ...notRetracted }, orderBy: { order: "asc" }, select: { id: true, slug: true, name: true } }),
    // Its notes name records by id or slug; its page is dropped on any change to them.
    getMentions([plan.notes], { negotiationId: plan.negotiation.id, self: plan.id, statementsOfNegotiationOnly: true }),
  ]);
  const previousVisible = plan.previousVersion && plan.previousVersion.retractedAt === null;
  const dropped = previousVisible ? plan.droppedPoints.map((d) => ({ ...d.point, note: d.note })) : [];
  const pagePoints = points.map(({ issues: pointIssues, revises, citedBy, ...point }) => ({
    ...point,
    issues: pointIssues.map((i) => i.issue),
    // A link to a retracted point, or into a retracted plan, reads as no link.
    revises: revises && revises.retractedAt === null && revises.plan.retractedAt === null && previousVisible ? revises : null,
    citedBy: citedBy.map((c) => c.position),
  }));
  return {
    plan: {
      ...plan,
      authors: plan.authors.map((a) => a.party),
      sources: plan.sources.map((s) => s.source),
      previousVersion: previousVisible ? { id: plan.previousVersion!.id, title: plan.previousVersion!.title } : null,
      dropped,
    },
    points: pagePoints,
    issues,
    /** The records its notes name, as links read them. */
    mentions,
    gaps: planGaps(pagePoints, plan.pointCount, dropped.map((d) => d.number)),
  };
});

/** Everything a plan's page shows: the plan, its points with their issues, mapping and the positions citing them, and what the record lacks. */
export function getPlanPage({ id }: { id: string }) {
  return loadPlanPage(id);
}

export type PlanPage = NonNullable<Awaited<ReturnType<typeof getPlanPage>>>;
export type PlanPagePoint = PlanPage["points"][number];
