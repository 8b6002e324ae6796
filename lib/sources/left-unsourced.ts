import "server-only";
// What retracting a source would leave with no source a reader can see: the visible
// statements, events, commitments and plans citing it and no other visible source. The
// source's edit page lists them beside the retraction, so that an editor retracting a report
// found wrong knows which records would then rest on nothing, and can cite another source for
// each or retract it too. A retraction is not refused for them: a report found fabricated must
// come down at once.
import { db } from "@/lib/db/client";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { formatPartialDate } from "@/lib/dates/partial-date-format";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleSource } from "./source-visibility";

/** A record as the list links it. */
export type UnsourcedRecord = { href: string; label: string };

export async function recordsLeftUnsourced(sourceId: string) {
  // Cites this source, and no other source readers see.
  const only = { some: { sourceId }, none: { sourceId: { not: sourceId }, source: visibleSource } };
  const [statements, events, commitments, plans] = await Promise.all([
    db.position.findMany({
      where: { ...visiblePosition, citations: only },
      orderBy: [{ statedOn: "desc" }, { id: "asc" }],
      select: { id: true, statedOn: true, statedOnPrecision: true, party: { select: { shortName: true } }, issue: { select: { name: true } } },
    }),
    db.event.findMany({ where: { ...visibleEvent, sources: only }, orderBy: [{ date: "desc" }, { id: "asc" }], select: { slug: true, name: true } }),
    db.commitment.findMany({ where: { ...visibleCommitment, sources: only }, orderBy: { id: "asc" }, select: { id: true, summary: true } }),
    db.plan.findMany({ where: { ...visiblePlan, sources: only }, orderBy: [{ date: "desc" }, { id: "asc" }], select: { id: true, title: true } }),
  ]);
  return {
    statements: statements.map((p): UnsourcedRecord => ({
      href: `/positions/${encodeURIComponent(p.id)}`,
      label: `${p.party.shortName} on ${p.issue.name}, ${formatPartialDate(p.statedOn, p.statedOnPrecision)}`,
    })),
    events: events.map((e): UnsourcedRecord => ({ href: `/events/${encodeURIComponent(e.slug)}`, label: e.name })),
    commitments: commitments.map((c): UnsourcedRecord => ({ href: `/commitments/${encodeURIComponent(c.id)}`, label: c.summary })),
    plans: plans.map((p): UnsourcedRecord => ({ href: `/plans/${encodeURIComponent(p.id)}`, label: p.title })),
  };
}

export type RecordsLeftUnsourced = Awaited<ReturnType<typeof recordsLeftUnsourced>>;
