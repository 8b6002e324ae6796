import "server-only";
import type { DbOrTx, Prisma } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { afterBy, keysetPages, listCsvNegotiations, type CsvExport } from "./csv-export";

const select = {
  id: true,
  order: true,
  number: true,
  numberPrinted: true,
  summary: true,
  revisesId: true,
  change: true,
  changeNote: true,
  issues: { where: { issue: visibleIssue }, orderBy: [{ order: "asc" }, { issueId: "asc" }], select: { issue: { select: { name: true } } } },
} satisfies Prisma.PlanPointSelect;

type Row = Prisma.PlanPointGetPayload<{ select: typeof select }>;

/** Which of the points the page's points revise readers may see: a hidden one is not named. */
async function visibleRevised(tx: DbOrTx, points: Row[]) {
  const ids = [...new Set(points.flatMap((p) => (p.revisesId ? [p.revisesId] : [])))];
  if (ids.length === 0) return new Set<string>();
  const seen = await tx.planPoint.findMany({ where: { AND: [{ id: { in: ids } }, visiblePlanPoint] }, select: { id: true } });
  return new Set(seen.map((p) => p.id));
}

/**
 * Every plan point readers may see, one row each, by negotiation, plan (by date) and the
 * plan's printed order, with its plan's title, date and status, the issues it touches, and
 * the point of the previous version it revises (by id, a row of this file) and how.
 */
export const planPointsCsv: CsvExport = {
  header: [
    "Point ID", "Negotiation", "Plan ID", "Plan", "Plan date", "Plan status", "Number", "Number printed", "Summary", "Issues",
    "Revises point ID", "Change", "Change note",
  ],
  async *rows(tx, { negotiationId, pageSize }) {
    for (const negotiation of await listCsvNegotiations(tx, negotiationId)) {
      // The plans' heads only: a negotiation has tens of plans, its points are what is many.
      const plans = await tx.plan.findMany({
        where: { AND: [visiblePlan, { negotiationId: negotiation.id }] },
        orderBy: [{ date: "asc" }, { id: "asc" }],
        select: { id: true, title: true, date: true, datePrecision: true, status: true },
      });
      for (const plan of plans) {
        const pages = keysetPages<Row>(pageSize, (last) =>
          tx.planPoint.findMany({
            where: { AND: [visiblePlanPoint, { planId: plan.id }, afterBy("order", last)] },
            orderBy: [{ order: "asc" }, { id: "asc" }],
            take: pageSize,
            select,
          }),
        );
        for await (const points of pages) {
          const revised = await visibleRevised(tx, points);
          yield points.map((p) => [
            p.id,
            negotiation.title,
            plan.id,
            plan.title,
            toPartialDateText(plan.date, plan.datePrecision),
            plan.status,
            p.number,
            p.numberPrinted ? "yes" : "no",
            p.summary,
            p.issues.map((i) => i.issue.name).join(" | "),
            p.revisesId && revised.has(p.revisesId) ? p.revisesId : null,
            p.change,
            p.changeNote,
          ]);
        }
      }
    }
  },
};
