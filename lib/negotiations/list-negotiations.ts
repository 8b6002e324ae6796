import "server-only";
import { db } from "@/lib/db/client";
import { getLastChanges } from "./get-last-changes";
import { visibleParty } from "@/lib/parties/party-visibility";
import { notRetracted } from "@/lib/records/visible";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { eventTiming } from "@/lib/events/scheduled-events";

/** Every negotiation readers may see, with its parties, last event held, next one scheduled, counts and last change. */
export async function listNegotiations() {
  const now = Date.now();
  const negotiations = await db.negotiation.findMany({
    where: visibleNegotiation,
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      parties: {
        where: { party: visibleParty },
        orderBy: { order: "asc" },
        select: { party: { select: { slug: true, shortName: true } } },
      },
      // The last held; one scheduled ahead is not the last event (read below, as the next).
      events: {
        where: { ...notRetracted, ...eventTiming("held", now) },
        orderBy: { date: "desc" },
        take: 1,
        select: { slug: true, name: true, date: true, datePrecision: true },
      },
      _count: {
        select: {
          events: { where: notRetracted },
          commitments: { where: notRetracted },
          plans: { where: notRetracted },
        },
      },
    },
  });
  const ids = negotiations.map((n) => n.id);

  const [issues, positionCounts, lastChanges, scheduled] = await Promise.all([
    db.issue.findMany({ where: { negotiationId: { in: ids } }, select: { id: true, negotiationId: true } }),
    db.position.groupBy({
      by: ["issueId", "status"],
      where: {
        ...visiblePosition,
        issue: { ...visibleIssue, negotiationId: { in: ids } },
      },
      _count: { _all: true },
    }),
    getLastChanges({ negotiationIds: ids }),
    // Each negotiation's soonest scheduled event.
    db.event.findMany({
      where: { negotiationId: { in: ids }, ...notRetracted, ...eventTiming("scheduled", now) },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      distinct: ["negotiationId"],
      select: { negotiationId: true, slug: true, name: true, date: true, datePrecision: true },
    }),
  ]);
  const nextEvents = new Map(scheduled.map(({ negotiationId, ...event }) => [negotiationId, event]));
  const negotiationOfIssue = new Map(issues.map((i) => [i.id, i.negotiationId]));

  return negotiations.map(({ id, parties, events, _count, ...negotiation }) => {
    let positions = 0;
    let currentPositions = 0;
    for (const row of positionCounts) {
      if (negotiationOfIssue.get(row.issueId) !== id) continue;
      positions += row._count._all;
      if (row.status === "current") currentPositions += row._count._all;
    }
    return {
      ...negotiation,
      parties: parties.map((p) => p.party),
      lastEvent: events[0] ?? null,
      nextEvent: nextEvents.get(id) ?? null,
      counts: { positions, currentPositions, events: _count.events, commitments: _count.commitments, plans: _count.plans },
      lastChangedAt: lastChanges.get(id) ?? null,
    };
  });
}

export type NegotiationSummary = Awaited<ReturnType<typeof listNegotiations>>[number];
