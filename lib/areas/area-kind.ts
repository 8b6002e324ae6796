import "server-only";
import { defineRecordKind } from "@/lib/records/record-kind";
import { amongIds, ids } from "@/lib/records/ids";
import { areaHref, areas } from "./area-api";
import { areaExport } from "./area-export";
import { areaSearch } from "./area-search";
import { areaWriter } from "./area-writer";
import { createArea } from "./create-area";
import { restoreArea } from "./restore-area";
import { retractArea } from "./retract-area";
import { updateArea } from "./update-area";
import { visibleArea } from "./area-visibility";

export const areaKind = defineRecordKind({
  entityType: "area",
  label: "Area",
  writer: areaWriter,
  words: {
    fields: {
      order: "Order",
      code: "Admin-1 code",
      outline: "Drawn outline",
      parentId: "Lies in",
      heldById: "Held by",
      heldSince: "Held since",
      heldInPart: "Held in part",
      notes: "Notes",
    },
    references: { negotiationId: "negotiation", parentId: "area", heldById: "party" },
  },
  describe: (snapshot) => (typeof snapshot.name === "string" ? snapshot.name : null),
  async refs(db, ids) {
    const rows = await db.area.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, name: true, retractedAt: true, negotiation: { select: { slug: true } } },
    });
    return rows.map((a) => ({
      id: a.id,
      name: a.name,
      shortName: a.name,
      href: areaHref(a.negotiation.slug, a.slug),
      retracted: a.retractedAt !== null,
    }));
  },
  within: {
    negotiation: async (db, negotiationId, among) => ids(await db.area.findMany({ where: { negotiationId, ...amongIds(among) }, select: { id: true } })),
    party: async (db, partyId, among) => ids(await db.area.findMany({ where: { heldById: partyId, ...amongIds(among) }, select: { id: true } })),
  },
  commands: { create: createArea, update: updateArea, retract: retractArea, restore: restoreArea },
  api: areas,
  exported: areaExport,
  search: areaSearch,
  visible: visibleArea,
});
