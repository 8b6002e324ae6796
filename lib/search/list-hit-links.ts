import "server-only";
// Where each search hit leads. Positions and commitments are found by id; events by slug;
// a source leads to the first position citing it (else an event or commitment that does),
// with its outlet. One query per kind that needs one, whatever the number of hits.
import { db } from "@/lib/db/client";
import type { SearchHit } from "./search";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";

/** Where a hit leads; for a source, also its outlet and the record the link opens ("Russia on Ceasefire terms"). */
export type HitLink = { href: string | null; outlet?: string; via?: string };

export async function listHitLinks(hits: readonly Pick<SearchHit, "kind" | "id">[]): Promise<Map<string, HitLink>> {
  const ids = (kind: SearchHit["kind"]) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const [events, sources] = await Promise.all([
    ids("event").length
      ? db.event.findMany({ where: { id: { in: ids("event") } }, select: { id: true, slug: true } })
      : [],
    ids("source").length
      ? db.source.findMany({
          where: { id: { in: ids("source") } },
          select: {
            id: true,
            outlet: true,
            citations: {
              where: { position: visiblePosition },
              // The earliest statement; on the same day the one recorded first.
              orderBy: [{ position: { statedOn: "asc" } }, { position: { createdAt: "asc" } }, { positionId: "asc" }],
              take: 1,
              select: { position: { select: { id: true, party: { select: { shortName: true } }, issue: { select: { name: true } } } } },
            },
            events: {
              where: { event: visibleEvent },
              orderBy: [{ event: { date: "asc" } }, { eventId: "asc" }],
              take: 1,
              select: { event: { select: { slug: true, name: true } } },
            },
            commitments: {
              where: { commitment: visibleCommitment },
              orderBy: { commitmentId: "asc" },
              take: 1,
              select: { commitmentId: true },
            },
          },
        })
      : [],
  ]);

  const links = new Map<string, HitLink>();
  for (const hit of hits) {
    if (hit.kind === "position") links.set(key(hit), { href: `/positions/${encodeURIComponent(hit.id)}` });
    if (hit.kind === "commitment") links.set(key(hit), { href: `/commitments#commitment-${encodeURIComponent(hit.id)}` });
  }
  for (const e of events) links.set(`event:${e.id}`, { href: `/events/${encodeURIComponent(e.slug)}` });
  for (const s of sources) {
    const position = s.citations[0]?.position;
    const event = s.events[0]?.event;
    const commitment = s.commitments[0]?.commitmentId;
    const target = position
      ? { href: `/positions/${encodeURIComponent(position.id)}`, via: `${position.party.shortName} on ${position.issue.name}` }
      : event
        ? { href: `/events/${encodeURIComponent(event.slug)}`, via: event.name }
        : commitment
          ? { href: `/commitments#commitment-${encodeURIComponent(commitment)}`, via: "a commitment" }
          : { href: null };
    links.set(`source:${s.id}`, { ...target, outlet: s.outlet });
  }
  return links;
}

export function hitKey(hit: Pick<SearchHit, "kind" | "id">): string {
  return key(hit);
}

function key(hit: Pick<SearchHit, "kind" | "id">) {
  return `${hit.kind}:${hit.id}`;
}
