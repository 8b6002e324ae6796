import "server-only";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { db, type Prisma } from "@/lib/db/client";
import { createEvent } from "@/lib/events/create-event";
import { eventInput } from "@/lib/events/event-input";
import { retractEvent } from "@/lib/events/retract-event";
import { restoreEvent } from "@/lib/events/restore-event";
import { updateEvent } from "@/lib/events/update-event";
import { apiPath } from "@/lib/api/links";
import { defineResource } from "@/lib/api/resource";
import { eventItem, eventListQuery, type EventItem, type EventListQuery } from "@/lib/events/event-api-schema";
import { contains, idOrSlug, listPage, pageOf, recordLinks, recordTimes } from "@/lib/api/list-query";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";

const select = {
  id: true, version: true, negotiationId: true, slug: true, name: true, date: true, datePrecision: true,
  location: true, summary: true, createdAt: true, updatedAt: true,
  participants: { where: { party: visibleParty }, orderBy: { partyId: "asc" }, select: { partyId: true } },
  sources: { where: { source: visibleSource }, orderBy: { order: "asc" }, select: { sourceId: true } },
  negotiation: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.EventSelect;

type Row = Prisma.EventGetPayload<{ select: typeof select }>;

function toItem({ participants, sources, datePrecision, ...row }: Row): EventItem {
  return {
    ...row,
    date: toPartialDateText(row.date, datePrecision),
    participantIds: participants.map((p) => p.partyId),
    sourceIds: sources.map((s) => s.sourceId),
    ...recordTimes(row),
    links: {
      ...recordLinks("events", row.slug, "event", row.id),
      html: `/events/${encodeURIComponent(row.slug)}`,
      positions: `/api/v1/positions?event=${encodeURIComponent(row.slug)}`,
    },
  };
}

function list(query: EventListQuery) {
  const filters = [
    visibleEvent,
    query.negotiation ? { negotiation: idOrSlug(query.negotiation) } : {},
    query.party ? { participants: { some: { party: idOrSlug(query.party) } } } : {},
    query.from ? { date: { gte: new Date(`${query.from}T00:00:00Z`) } } : {},
    query.to ? { date: { lte: new Date(`${query.to}T00:00:00Z`) } } : {},
    query.q
      ? { OR: [{ name: contains(query.q) }, { summary: contains(query.q) }, { location: contains(query.q) }] }
      : {},
  ];
  return listPage(query, filters, (window) => db.event.findMany({ ...window, select }), toItem);
}

async function get(value: string) {
  const row = await db.event.findFirst({ where: { ...visibleEvent, ...idOrSlug(value) }, select });
  return row && toItem(row);
}

export const events = defineResource({
  path: "events",
  noun: "event",
  tag: "Events",
  description: "Rounds of talks, summits, proposals and statements, with their participants and sources.",
  entityType: "event",
  item: eventItem,
  listQuery: eventListQuery,
  input: eventInput,
  acceptsSlug: true,
  example: {
    negotiationId: "NEGOTIATION_ID",
    slug: "strelsau-2025-06",
    name: "Strelsau talks, second round",
    date: "2025-06-02",
    location: "Strelsau",
    summary: "Delegations exchanged draft memoranda.",
    participantIds: ["PARTY_ID_1", "PARTY_ID_2"],
    sourceIds: ["SOURCE_ID"],
  },
  list,
  get,
  create: createEvent,
  update: updateEvent,
  retract: retractEvent,
  restore: restoreEvent,
});
