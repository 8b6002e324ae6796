import "server-only";
import { parties } from "./party-api";
import { defineRecordKind } from "@/lib/records/record-kind";
import { visibleParty } from "./party-visibility";
import { createParty } from "./create-party";
import { partyWriter } from "./party-writer";
import { restoreParty } from "./restore-party";
import { retractParty } from "./retract-party";
import { updateParty } from "./update-party";
import { partyExport } from "./party-export";
import { negotiationsShowingParties } from "./party-negotiations";

export const partyKind = defineRecordKind({
  entityType: "party",
  label: "Party",
  writer: partyWriter,
  visible: visibleParty,
  words: { fields: { shortName: "Short name", colour: "Colour" } },
  describe: (snapshot) => (typeof snapshot.name === "string" ? snapshot.name : null),
  async refs(db, ids) {
    const rows = await db.party.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true, shortName: true, retractedAt: true } });
    return rows.map((p) => ({
      id: p.id,
      name: p.name,
      shortName: p.shortName,
      href: `/parties/${encodeURIComponent(p.slug)}`,
      retracted: p.retractedAt !== null,
    }));
  },
  within: { party: async (_db, id, among) => (!among || among.includes(id) ? [id] : []) },
  // Its name is on the pages of every negotiation it sits in or spoke on.
  changeScope: async (tx, changes) => ({
    negotiations: await negotiationsShowingParties(tx, changes.map((c) => c.entityId)),
  }),
  commands: { create: createParty, update: updateParty, retract: retractParty, restore: restoreParty },
  api: parties,
  exported: partyExport,
});
