import "server-only";
import { db } from "@/lib/db/client";

/** Events readers may see, newest first; optionally of one negotiation and only the latest few. */
export async function listEvents({ negotiationSlug, limit }: { negotiationSlug?: string; limit?: number } = {}) {
  const events = await db.event.findMany({
    where: {
      retractedAt: null,
      negotiation: { retractedAt: null, ...(negotiationSlug ? { slug: negotiationSlug } : {}) },
    },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
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
        where: { party: { retractedAt: null } },
        orderBy: { party: { shortName: "asc" } },
        select: { party: { select: { slug: true, shortName: true } } },
      },
      _count: {
        select: {
          positions: { where: { retractedAt: null } },
          commitments: { where: { retractedAt: null } },
        },
      },
    },
  });
  return events.map(({ participants, _count, ...event }) => ({
    ...event,
    participants: participants.map((p) => p.party),
    counts: _count,
  }));
}

export type EventListItem = Awaited<ReturnType<typeof listEvents>>[number];
