import "server-only";
import { commitments } from "./commitment-api";
import { defineRecordKind } from "@/lib/records/record-kind";
import { visibleCommitment } from "./commitment-visibility";
import { amongIds, ids } from "@/lib/records/ids";
import { commitmentWriter } from "./commitment-writer";
import { createCommitment } from "./create-commitment";
import { restoreCommitment } from "./restore-commitment";
import { retractCommitment } from "./retract-commitment";
import { updateCommitment } from "./update-commitment";
import { commitmentExport } from "./commitment-export";
import { commitmentSearch } from "./commitment-search";

export const commitmentKind = defineRecordKind({
  entityType: "commitment",
  label: "Commitment",
  writer: commitmentWriter,
  visible: visibleCommitment,
  words: {
    fields: { evidence: "Evidence", partyIds: "Parties", sourceIds: "Sources" },
    references: { negotiationId: "negotiation", eventId: "event", partyIds: "party", sourceIds: "source" },
  },
  describe: (snapshot) => (typeof snapshot.summary === "string" ? snapshot.summary : null),
  async refs(db, ids) {
    const rows = await db.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, summary: true, retractedAt: true } });
    return rows.map((c) => ({
      id: c.id,
      name: c.summary,
      shortName: c.summary,
      href: `/commitments/${encodeURIComponent(c.id)}`,
      retracted: c.retractedAt !== null,
    }));
  },
  within: {
    negotiation: async (db, negotiationId, among) => ids(await db.commitment.findMany({ where: { negotiationId, ...amongIds(among) }, select: { id: true } })),
    party: async (db, partyId, among) => ids(await db.commitment.findMany({ where: { parties: { some: { partyId } }, ...amongIds(among) }, select: { id: true } })),
  },
  commands: { create: createCommitment, update: updateCommitment, retract: retractCommitment, restore: restoreCommitment },
  api: commitments,
  exported: commitmentExport,
  search: commitmentSearch,
});
