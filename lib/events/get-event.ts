import "server-only";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { statementSelect } from "@/lib/positions/statement-select";
import { visibleEvent } from "./event-visibility";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleCommitmentSources, visibleEventSources } from "@/lib/sources/select-source";
import { visibleParty } from "@/lib/parties/party-visibility";
import { notRetracted } from "@/lib/records/visible";

const loadEvent = cache(async (slug: string) => {
  const event = await db.event.findFirst({
    where: { slug, ...visibleEvent },
    select: {
      id: true,
      slug: true,
      name: true,
      date: true,
      datePrecision: true,
      location: true,
      summary: true,
      negotiation: { select: { slug: true, title: true } },
      participants: {
        where: { party: visibleParty },
        orderBy: { party: { shortName: "asc" } },
        select: { party: { select: { slug: true, name: true, shortName: true } } },
      },
      sources: visibleEventSources,
      positions: {
        where: visiblePosition,
        orderBy: [{ party: { shortName: "asc" } }, { issue: { order: "asc" } }],
        select: {
          ...statementSelect,
          party: { select: { slug: true, shortName: true } },
          issue: { select: { slug: true, name: true } },
        },
      },
      commitments: {
        where: notRetracted,
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          summary: true,
          status: true,
          evidence: true,
          parties: {
            where: { party: visibleParty },
            orderBy: { party: { shortName: "asc" } },
            select: { party: { select: { slug: true, shortName: true } } },
          },
          sources: visibleCommitmentSources,
        },
      },
    },
  });
  if (!event) return null;
  return {
    ...event,
    participants: event.participants.map((p) => p.party),
    sources: event.sources.map((s) => s.source),
    commitments: event.commitments.map((c) => ({
      ...c,
      parties: c.parties.map((p) => p.party),
      sources: c.sources.map((s) => s.source),
      event: null,
      negotiation: null,
    })),
  };
});

/** One event with its participants, sources, the positions stated and commitments made there. */
export function getEvent({ slug }: { slug: string }) {
  return loadEvent(slug);
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
