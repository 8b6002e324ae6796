import "server-only";
import { z } from "zod";
import { groupBy } from "@/lib/collections/group-by";
import { visibleEvent } from "@/lib/events/event-visibility";
import {
  byParty, exportedId, exportedRecord, insertChunks, ordered, pageById, ProblemList, recordColumns, seenIds, stamps, visibleIn,
  type ExportSection,
} from "@/lib/export/export-section";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { visibleCommitment } from "./commitment-visibility";
import { commitmentStatus } from "@/lib/vocab";

export const exportedCommitment = z.strictObject({
  ...exportedRecord,
  negotiationId: exportedId,
  eventId: exportedId.nullable(),
  summary: z.string(),
  status: commitmentStatus,
  evidence: z.string().nullable(),
  parties: z.array(z.strictObject({ partyId: exportedId })),
  sources: z.array(z.strictObject({ sourceId: exportedId, order: z.number().int() })),
});
type Commitment = z.infer<typeof exportedCommitment>;

export const commitmentExport: ExportSection<Commitment>[] = [
  {
    key: "commitments",
    schema: exportedCommitment,
    dependsOn: ["negotiations", "events", "parties", "sources"],
    async readPage(tx, { after, take, scope }) {
      const page = pageById(after, take);
      const commitments = await tx.commitment.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visibleCommitment) } });
      const commitmentId = { in: commitments.map((c) => c.id) };
      const parties = groupBy(await tx.commitmentParty.findMany({ where: { commitmentId, ...visibleIn(scope, { party: visibleParty }) } }), "commitmentId");
      const sources = groupBy(await tx.commitmentSource.findMany({ where: { commitmentId, ...visibleIn(scope, { source: visibleSource }) } }), "commitmentId");
      const event = await seenIds(scope, commitments.map((c) => c.eventId), (id) =>
        tx.event.findMany({ where: { id: { in: id }, ...visibleEvent }, select: { id: true } }),
      );
      return commitments.map((c) => ({
        ...recordColumns(c),
        negotiationId: c.negotiationId,
        eventId: event(c.eventId),
        summary: c.summary,
        status: c.status as Commitment["status"],
        evidence: c.evidence,
        parties: byParty(parties.get(c.id)),
        sources: ordered(sources.get(c.id)).map((s) => ({ sourceId: s.sourceId, order: s.order })),
      }));
    },
    async write(tx, rows) {
      await insertChunks(rows, (data) =>
        tx.commitment.createMany({ data: data.map(({ parties: _p, sources: _s, ...c }) => ({ ...c, ...stamps(c) })) }),
      );
      const parties = rows.flatMap((c) => c.parties.map((p) => ({ commitmentId: c.id, partyId: p.partyId })));
      await insertChunks(parties, (data) => tx.commitmentParty.createMany({ data }));
      const sources = rows.flatMap((c) => c.sources.map((s) => ({ commitmentId: c.id, ...s })));
      await insertChunks(sources, (data) => tx.commitmentSource.createMany({ data }));
    },
    check(rows, file) {
      const list = new ProblemList();
      list.uniqueIds(rows, "commitments");
      for (const c of rows) {
        list.ref(file.ids("negotiations"), c.negotiationId, `commitment ${c.id}`, "negotiation");
        list.ref(file.ids("events"), c.eventId, `commitment ${c.id}`, "event");
        for (const p of c.parties) list.ref(file.ids("parties"), p.partyId, `commitment ${c.id}`, "party");
        for (const s of c.sources) list.ref(file.ids("sources"), s.sourceId, `commitment ${c.id}`, "source");
        list.unique(c.parties.map((p) => p.partyId), `commitment ${c.id}: the party`);
        list.unique(c.sources.map((s) => s.sourceId), `commitment ${c.id}: the source`);
      }
      return list.problems;
    },
  },
];
