import "server-only";
import { visibleEvent } from "./event-visibility";
import { eventTiming } from "./scheduled-events";
import { db } from "@/lib/db/client";
import { visibleParty } from "@/lib/parties/party-visibility";
import { notRetracted } from "@/lib/records/visible";

/**
 * Events readers may see, newest first; optionally of one negotiation, or those one party took
 * part in, only those held or those scheduled, and only the first few.
 */
export async function listEvents({
  negotiationSlug,
  partySlug,
  limit,
  timing,
}: {
  negotiationSlug?: string;
  partySlug?: string;
  limit?: number;
  /** Only those held (newest first), or only those scheduled (soonest first); by default all, newest first. */
  timing?: "held" | "scheduled";
} = {}) {
  const order = timing === "scheduled" ? "asc" : "desc";
  const events = await db.event.findMany({
    where: {
      AND: [
        visibleEvent,
        negotiationSlug ? { negotiation: { slug: negotiationSlug } } : {},
        partySlug ? { participants: { some: { party: { slug: partySlug } } } } : {},
        timing ? eventTiming(timing) : {},
      ],
    },
    orderBy: [{ date: order }, { createdAt: order }],
    take: limit,
    select: {
      id: true,
      slug: true,
      name: true,
      date: true,
      datePrecision: true,
      location: true,
      negotiation: { select: { slug: true, title: true } },
      participants: {
        where: { party: visibleParty },
        orderBy: { party: { shortName: "asc" } },
        select: { party: { select: { slug: true, shortName: true } } },
      },
    },
  });
  const counts = await countRecordsAt(events.map((e) => e.id));
  return events.map(({ participants, ...event }) => ({
    ...event,
    participants: participants.map((p) => p.party),
    counts: counts.get(event.id) ?? { positions: 0, commitments: 0 },
  }));
}

/**
 * Positions and commitments recorded at each event, counted for the listed events only
 * (a relation _count would aggregate every event's positions before the list is cut).
 */
async function countRecordsAt(eventIds: string[]) {
  const where = { eventId: { in: eventIds }, ...notRetracted };
  const [positions, commitments] = eventIds.length
    ? await Promise.all([
        db.position.groupBy({ by: ["eventId"], where, _count: { _all: true } }),
        db.commitment.groupBy({ by: ["eventId"], where, _count: { _all: true } }),
      ])
    : [[], []];
  const counts = new Map<string, { positions: number; commitments: number }>();
  const entry = (id: string) => counts.get(id) ?? counts.set(id, { positions: 0, commitments: 0 }).get(id)!;
  for (const row of positions) if (row.eventId) entry(row.eventId).positions = row._count._all;
  for (const row of commitments) if (row.eventId) entry(row.eventId).commitments = row._count._all;
  return counts;
}

export type EventListItem = Awaited<ReturnType<typeof listEvents>>[number];
