import "server-only";
import { events } from "./event-api";
import { defineRecordKind } from "@/lib/records/record-kind";
import { visibleEvent } from "./event-visibility";
import { amongIds, ids } from "@/lib/records/ids";
import { createEvent } from "./create-event";
import { eventWriter } from "./event-writer";
import { restoreEvent } from "./restore-event";
import { retractEvent } from "./retract-event";
import { updateEvent } from "./update-event";
import { eventExport } from "./event-export";
import { eventSearch } from "./event-search";

export const eventKind = defineRecordKind({
  entityType: "event",
  label: "Event",
  writer: eventWriter,
  visible: visibleEvent,
  words: {
    fields: { date: "Date", datePrecision: "Date precision", location: "Place", participantIds: "Participants", sourceIds: "Sources" },
    references: { negotiationId: "negotiation", participantIds: "party", sourceIds: "source" },
  },
  describe: (snapshot) => (typeof snapshot.name === "string" ? snapshot.name : null),
  async refs(db, ids) {
    const rows = await db.event.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true, retractedAt: true } });
    return rows.map((e) => ({ id: e.id, name: e.name, shortName: e.name, href: `/events/${encodeURIComponent(e.slug)}`, retracted: e.retractedAt !== null }));
  },
  within: {
    negotiation: async (db, negotiationId, among) => ids(await db.event.findMany({ where: { negotiationId, ...amongIds(among) }, select: { id: true } })),
    party: async (db, partyId, among) => ids(await db.event.findMany({ where: { participants: { some: { partyId } }, ...amongIds(among) }, select: { id: true } })),
  },
  commands: { create: createEvent, update: updateEvent, retract: retractEvent, restore: restoreEvent },
  api: events,
  exported: eventExport,
  search: eventSearch,
});
