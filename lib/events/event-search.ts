import type { DbOrTx } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { clean, lines, uniq, type SearchDocument } from "@/lib/search/documents";
import { slugOrRetractionChanged, type KindSearch } from "@/lib/search/search-kind";
import { ids } from "@/lib/records/ids";
import { visibleEvent } from "./event-visibility";

export async function eventDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.event.findMany({
    where: { id: { in: ids }, ...visibleEvent },
    select: {
      id: true, name: true, summary: true, location: true, date: true, datePrecision: true,
      negotiation: { select: { slug: true } },
      participants: { select: { party: { select: { slug: true } } } },
    },
  });
  return rows.map(toEventDocument);
}

/** An event's search document, from the fields `eventDocuments` reads. */
export function toEventDocument(e: EventDocumentRow): SearchDocument {
  return {
    kind: "event",
    refId: e.id,
    negotiations: [e.negotiation.slug],
    parties: uniq(e.participants.map((p) => p.party.slug)),
    issues: [],
    stances: [],
    attributions: [],
    date: toPartialDateText(e.date, e.datePrecision),
    title: clean(e.name),
    body: lines(e.summary, e.location),
  };
}

export type EventDocumentRow = {
  id: string;
  name: string;
  summary: string;
  location: string | null;
  date: Date;
  datePrecision: string;
  negotiation: { slug: string };
  participants: { party: { slug: string } }[];
};

export const eventSearch: KindSearch = {
  label: { one: "Event", many: "Events" },
  documents: eventDocuments,
  async links(db, ids) {
    const rows = await db.event.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
    return new Map(rows.map((e) => [e.id, { href: `/events/${encodeURIComponent(e.slug)}` }]));
  },
  reindexOn: {
    party: async (tx, { entityId }) => (await tx.eventParticipant.findMany({ where: { partyId: entityId }, select: { eventId: true } })).map((e) => e.eventId),
    negotiation: async (tx, change) =>
      slugOrRetractionChanged(change) ? ids(await tx.event.findMany({ where: { negotiationId: change.entityId }, select: { id: true } })) : [],
  },
};
