import "server-only";
import { defineRecordKind } from "@/lib/records/record-kind";
import { amongIds, ids } from "@/lib/records/ids";
import { createPlan } from "./create-plan";
import { planExport } from "./plan-export";
import { plans } from "./plan-api";
import { planHref } from "./plan-links";
import { planSearch } from "./plan-search";
import { planWriter } from "./plan-writer";
import { restorePlan } from "./restore-plan";
import { retractPlan } from "./retract-plan";
import { updatePlan } from "./update-plan";
import { visiblePlan } from "./plan-visibility";

export const planKind = defineRecordKind({
  entityType: "plan",
  label: "Plan",
  writer: planWriter,
  words: {
    fields: {
      date: "Date",
      datePrecision: "Date precision",
      notes: "Editorial notes",
      pointCount: "Points in the document",
      previousVersionId: "Revises or answers",
      authorIds: "Authors",
      sourceIds: "Sources",
      droppedPoints: "Points left out",
      pointId: "Point",
      note: "Note",
    },
    references: { negotiationId: "negotiation", previousVersionId: "plan", authorIds: "party", sourceIds: "source", pointId: "planPoint" },
  },
  describe: (snapshot) => (typeof snapshot.title === "string" ? snapshot.title : null),
  async refs(db, ids) {
    const rows = await db.plan.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, retractedAt: true } });
    return rows.map((p) => ({ id: p.id, name: p.title, shortName: p.title, href: planHref(p.id), retracted: p.retractedAt !== null }));
  },
  within: {
    negotiation: async (db, negotiationId, among) => ids(await db.plan.findMany({ where: { negotiationId, ...amongIds(among) }, select: { id: true } })),
    party: async (db, partyId, among) => ids(await db.plan.findMany({ where: { authors: { some: { partyId } }, ...amongIds(among) }, select: { id: true } })),
  },
  commands: { create: createPlan, update: updatePlan, retract: retractPlan, restore: restorePlan },
  api: plans,
  exported: planExport,
  search: planSearch,
  visible: visiblePlan,
});
