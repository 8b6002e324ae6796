import "server-only";
import { z } from "zod";
import { groupBy } from "@/lib/collections/group-by";
import { datePrecisions } from "@/lib/dates/partial-date";
import {
  byParty, exportedId, exportedRecord, exportedTimestamp, insertChunks, iso, ordered, pageById, ProblemList, recordColumns, stamps,
  visibleIn, type ExportSection,
} from "@/lib/export/export-section";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { visibleEvent } from "./event-visibility";

export const exportedEvent = z.strictObject({
  ...exportedRecord,
  slug: z.string().min(1),
  negotiationId: exportedId,
  name: z.string(),
  date: exportedTimestamp,
  datePrecision: z.enum(datePrecisions),
  location: z.string().nullable(),
  summary: z.string(),
  participants: z.array(z.strictObject({ partyId: exportedId })),
  sources: z.array(z.strictObject({ sourceId: exportedId, order: z.number().int() })),
});
type Event = z.infer<typeof exportedEvent>;

export const eventExport: ExportSection<Event>[] = [
  {
    key: "events",
    schema: exportedEvent,
    dependsOn: ["negotiations", "parties", "sources"],
    async readPage(tx, { after, take, scope }) {
      const page = pageById(after, take);
      const events = await tx.event.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visibleEvent) } });
      const eventId = { in: events.map((e) => e.id) };
      const participants = groupBy(await tx.eventParticipant.findMany({ where: { eventId, ...visibleIn(scope, { party: visibleParty }) } }), "eventId");
      const sources = groupBy(await tx.eventSource.findMany({ where: { eventId, ...visibleIn(scope, { source: visibleSource }) } }), "eventId");
      return events.map((e) => ({
        ...recordColumns(e),
        slug: e.slug,
        negotiationId: e.negotiationId,
        name: e.name,
        date: iso(e.date),
        datePrecision: e.datePrecision as Event["datePrecision"],
        location: e.location,
        summary: e.summary,
        participants: byParty(participants.get(e.id)),
        sources: ordered(sources.get(e.id)).map((s) => ({ sourceId: s.sourceId, order: s.order })),
      }));
    },
    async write(tx, rows) {
      await insertChunks(rows, (data) =>
        tx.event.createMany({ data: data.map(({ participants: _p, sources: _s, ...e }) => ({ ...e, ...stamps(e), date: new Date(e.date) })) }),
      );
      const participants = rows.flatMap((e) => e.participants.map((p) => ({ eventId: e.id, partyId: p.partyId })));
      await insertChunks(participants, (data) => tx.eventParticipant.createMany({ data }));
      const sources = rows.flatMap((e) => e.sources.map((s) => ({ eventId: e.id, ...s })));
      await insertChunks(sources, (data) => tx.eventSource.createMany({ data }));
    },
    check(rows, file) {
      const list = new ProblemList();
      list.uniqueIds(rows, "events");
      list.unique(rows.map((e) => e.slug), "events: the slug");
      for (const e of rows) {
        list.ref(file.ids("negotiations"), e.negotiationId, `event ${e.id}`, "negotiation");
        for (const p of e.participants) list.ref(file.ids("parties"), p.partyId, `event ${e.id}`, "party");
        for (const s of e.sources) list.ref(file.ids("sources"), s.sourceId, `event ${e.id}`, "source");
        list.unique(e.participants.map((p) => p.partyId), `event ${e.id}: the participant`);
        list.unique(e.sources.map((s) => s.sourceId), `event ${e.id}: the source`);
      }
      return list.problems;
    },
  },
];
