import "server-only";
import { db } from "@/lib/db/client";
import { visibleParty } from "@/lib/parties/party-visibility";
import { notRetracted } from "@/lib/records/visible";
import { pointChange } from "@/lib/vocab";
import type { DiffPlan, PlanFamily } from "./diff/diff-types";
import { planGaps } from "./point-gaps";
import { visiblePlan } from "./plan-visibility";

/**
 * A negotiation's plans readers may see, each with its visible points and what it says it
 * leaves out, and the negotiation's issues in their order: everything the diff, the family
 * tree and the issue page's plan points are computed from. A link to a retracted plan or
 * point reads as no link.
 */
export async function loadPlanFamily(negotiationId: string) {
  const [rows, issues] = await Promise.all([
    db.plan.findMany({
      where: { negotiationId, ...visiblePlan },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: {
        id: true, title: true, date: true, datePrecision: true, status: true, pointCount: true, previousVersionId: true,
        authors: { where: { party: visibleParty }, orderBy: { order: "asc" }, select: { party: { select: { slug: true, shortName: true } } } },
        droppedPoints: { orderBy: { order: "asc" }, select: { pointId: true, note: true } },
        points: {
          where: notRetracted,
          orderBy: [{ order: "asc" }, { createdAt: "asc" }],
          select: {
            id: true, number: true, numberPrinted: true, order: true, summary: true, revisesId: true, change: true, changeNote: true,
            issues: { where: { issue: notRetracted }, orderBy: { order: "asc" }, select: { issueId: true } },
          },
        },
      },
    }),
    db.issue.findMany({ where: { negotiationId, ...notRetracted }, orderBy: { order: "asc" }, select: { id: true, slug: true, name: true } }),
  ]);
  const visible = new Set(rows.map((p) => p.id));
  const family: PlanFamily = new Map(
    rows.map((p): [string, DiffPlan] => [
      p.id,
      {
        id: p.id,
        previousVersionId: p.previousVersionId && visible.has(p.previousVersionId) ? p.previousVersionId : null,
        dropped: p.droppedPoints,
        points: p.points.map(({ issues: pointIssues, change, ...point }) => ({
          ...point,
          change: pointChange.safeParse(change).data ?? null,
          issueIds: pointIssues.map((i) => i.issueId),
        })),
      },
    ]),
  );
  const plans = rows.map(({ points, droppedPoints: _d, authors, ...p }) => {
    const member = family.get(p.id)!;
    const documentPoints = documentPointsOf(member, family, p.pointCount);
    member.wholeRecorded = documentPoints !== null && points.length >= documentPoints;
    return {
      ...p,
      previousVersionId: member.previousVersionId,
      authors: authors.map((a) => a.party),
      recordedPoints: points.length,
      documentPoints,
    };
  });
  return { family, plans, issues };
}

/** How many points the document has (its reported count less the numbers it leaves out), as its own page says. */
function documentPointsOf(plan: DiffPlan, family: PlanFamily, pointCount: number | null): number | null {
  const previous = plan.previousVersionId ? family.get(plan.previousVersionId) : undefined;
  const numberOf = new Map((previous?.points ?? []).map((point) => [point.id, point.number]));
  const points = plan.points.map((point) => {
    const revised = point.revisesId ? numberOf.get(point.revisesId) : undefined;
    return { number: point.number, numberPrinted: point.numberPrinted, revises: revised === undefined ? null : { number: revised } };
  });
  const dropped = plan.dropped.flatMap((d) => numberOf.get(d.pointId) ?? []);
  return planGaps(points, pointCount, dropped).documentPoints;
}

export type PlanFamilyData = Awaited<ReturnType<typeof loadPlanFamily>>;
export type FamilyPlan = PlanFamilyData["plans"][number];
