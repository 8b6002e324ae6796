import "server-only";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";
// The choices the plan and point forms offer: a negotiation's plans, a plan's points, and
// the points a position may cite. Retracted records are left out unless the record being
// edited already links to them, so saving does not drop a link.
import { db } from "@/lib/db/client";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Option } from "@/lib/forms/fields";
import { notRetracted, visibleOr } from "@/lib/records/visible";

const clip = (text: string, max = 90) => ([...text].length <= max ? text : `${[...text].slice(0, max - 1).join("").trimEnd()}…`);

/** Plans of a negotiation (all negotiations, grouped, when none is given), newest first, without `except`. */
export async function planOptions({ negotiationId, except, keep = [] }: { negotiationId?: string | null; except?: string; keep?: string[] } = {}): Promise<Option[]> {
  const rows = await db.plan.findMany({
    where: { ...visibleOr(keep), ...(negotiationId ? { negotiationId } : {}), ...(except ? { id: { not: except } } : {}) },
    orderBy: [{ date: "desc" }, { title: "asc" }],
    select: { id: true, title: true, date: true, datePrecision: true, negotiation: { select: { title: true } } },
  });
  return rows.map((p) => ({
    value: p.id,
    label: `${p.title} (${formatPartialDate(p.date, p.datePrecision)})`,
    group: negotiationId ? undefined : p.negotiation.title,
  }));
}

/** A plan's points in printed order, each as "12: summary…". */
export async function pointOptions(planId: string | null, keep: string[] = []): Promise<Option[]> {
  if (!planId) return [];
  const rows = await db.planPoint.findMany({
    where: { planId, ...visibleOr(keep) },
    orderBy: [{ order: "asc" }, { createdAt: "asc" }],
    select: { id: true, number: true, summary: true },
  });
  return rows.map((p) => ({ value: p.id, label: `${p.number}: ${clip(p.summary)}` }));
}

/** Points a position on an issue of this negotiation may cite, grouped by plan, newest plan first. */
export async function citablePointOptions(negotiationId: string | null, keep: string[] = []): Promise<Option[]> {
  if (!negotiationId) return [];
  const rows = await db.planPoint.findMany({
    where: { plan: { negotiationId }, OR: [visiblePlanPoint, { id: { in: keep } }] },
    orderBy: [{ plan: { date: "desc" } }, { planId: "asc" }, { order: "asc" }],
    select: { id: true, number: true, summary: true, plan: { select: { title: true } } },
  });
  return rows.map((p) => ({ value: p.id, label: `${p.number}: ${clip(p.summary, 70)}`, group: p.plan.title }));
}
