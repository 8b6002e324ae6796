import "server-only";
import { negotiations } from "./negotiation-api";
import { defineRecordKind } from "@/lib/records/record-kind";
import { visibleNegotiation } from "./negotiation-visibility";
import { createNegotiation } from "./create-negotiation";
import { negotiationWriter } from "./negotiation-writer";
import { restoreNegotiation } from "./restore-negotiation";
import { retractNegotiation } from "./retract-negotiation";
import { updateNegotiation } from "./update-negotiation";
import { negotiationExport } from "./negotiation-export";

const enc = encodeURIComponent;

export const negotiationKind = defineRecordKind({
  entityType: "negotiation",
  label: "Negotiation",
  writer: negotiationWriter,
  visible: visibleNegotiation,
  words: { fields: { parties: "Parties" }, references: { parties: "party" } },
  describe: (snapshot) => (typeof snapshot.title === "string" ? snapshot.title : null),
  async refs(db, ids) {
    const rows = await db.negotiation.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true, retractedAt: true } });
    return rows.map((n) => ({ id: n.id, name: n.title, shortName: n.title, href: `/negotiations/${enc(n.slug)}`, retracted: n.retractedAt !== null }));
  },
  within: { negotiation: async (_db, id, among) => (!among || among.includes(id) ? [id] : []) },
  // Its title is on the home page, in lists and in every page's heading.
  changeScope: async () => "everything",
  commands: { create: createNegotiation, update: updateNegotiation, retract: retractNegotiation, restore: restoreNegotiation },
  api: negotiations,
  exported: negotiationExport,
});
