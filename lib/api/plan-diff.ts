import "server-only";
// GET /api/v1/plan-diff: the plan diff page's own data (getPlanDiff) in the API's shape.
import { toPartialDateText } from "@/lib/dates/partial-date";
import type { DiffEntry } from "@/lib/plans/diff/diff-plans";
import type { DiffPoint } from "@/lib/plans/diff/diff-types";
import { getPlanDiff, type PlanDiffPage } from "@/lib/plans/get-plan-diff";
import { planDiffHref } from "@/lib/plans/plan-links";
import { apiPath } from "./links";
import type { PlanDiffQuery, PlanDiffResult } from "./schemas/plan-diff";

type Side = PlanDiffPage["from"];

/** The diff from `from` to `to`; null unless readers may see both plans and they share a negotiation. */
export async function planDiffForApi({ from, to }: PlanDiffQuery): Promise<PlanDiffResult | null> {
  const page = await getPlanDiff({ fromId: from, toId: to });
  if (!page) return null;
  const issueSlug = new Map(page.issues.map((issue) => [issue.id, issue.slug]));
  const toPoint = (point: DiffPoint) => ({
    id: point.id,
    number: point.number,
    numberPrinted: point.numberPrinted,
    summary: point.summary,
    change: point.change,
    changeNote: point.changeNote,
    issues: point.issueIds.flatMap((id) => issueSlug.get(id) ?? []),
    links: { self: apiPath("plan-points", point.id) },
  });
  const toEntry = (entry: DiffEntry) =>
    entry.kind === "dropped"
      ? { kind: entry.kind, before: [toPoint(entry.before)], after: null, notes: entry.note ? [entry.note] : [], unrecorded: entry.unrecorded === true }
      : entry.kind === "added"
        ? { kind: entry.kind, before: [], after: toPoint(entry.after), notes: [], unrecorded: entry.unrecorded === true }
        : { kind: entry.kind, before: entry.before.map(toPoint), after: toPoint(entry.after), notes: entry.notes, unrecorded: false };
  const title = new Map(page.plans.map((plan) => [plan.id, plan.title]));
  const { connection } = page.diff;
  const via =
    connection.kind === "common-ancestor"
      ? [...connection.fromPath, ...connection.toPath]
      : connection.kind === "none"
        ? []
        : connection.path;

  return {
    negotiation: page.negotiation,
    from: toSide(page.from),
    to: toSide(page.to),
    connection: { kind: connection.kind, via: [...new Set(via)].filter((id) => id !== from && id !== to) },
    counts: page.diff.counts,
    partlyRecorded: page.diff.partlyRecorded.map((id) => ({ id, title: title.get(id) ?? id })),
    entries: page.diff.entries.map(toEntry),
    links: { page: planDiffHref(from, to) },
  };
}

function toSide(plan: Side) {
  return {
    id: plan.id,
    title: plan.title,
    date: toPartialDateText(plan.date, plan.datePrecision),
    status: plan.status as PlanDiffResult["from"]["status"],
    recordedPoints: plan.recordedPoints,
    documentPoints: plan.documentPoints,
    links: { self: apiPath("plans", plan.id) },
  };
}
