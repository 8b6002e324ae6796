import "server-only";
import { defineRecordKind } from "@/lib/records/record-kind";
import { amongIds, ids, negotiationIds, snapshotIds } from "@/lib/records/ids";
import { pointHref } from "@/lib/plans/plan-links";
import { createPlanPoint } from "./create-plan-point";
import { planPoints } from "./plan-point-api";
import { planPointExport } from "./plan-point-export";
import { planPointSearch } from "./plan-point-search";
import { planPointWriter } from "./plan-point-writer";
import { restorePlanPoint } from "./restore-plan-point";
import { retractPlanPoint } from "./retract-plan-point";
import { updatePlanPoint } from "./update-plan-point";
import { visiblePlanPoint } from "./plan-point-visibility";

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

export const planPointKind = defineRecordKind({
  entityType: "planPoint",
  label: "Plan point",
  writer: planPointWriter,
  words: {
    fields: {
      planId: "Plan",
      number: "Number",
      numberPrinted: "Number as printed in the document",
      order: "Order",
      issueIds: "Issues",
      revisesId: "Revises",
      change: "Kept or changed",
      changeNote: "What changed",
    },
    references: { planId: "plan", issueIds: "issue", revisesId: "planPoint" },
  },
  // "Point 4a of Ruritania's ten-point plan", or the point's summary.
  describe(snapshot, nameOf) {
    const number = text(snapshot.number);
    const plan = text(snapshot.planId) && nameOf("plan", String(snapshot.planId));
    return number && plan ? `Point ${number} of ${plan}` : text(snapshot.summary);
  },
  async refs(db, ids) {
    const rows = await db.planPoint.findMany({
      where: { id: { in: ids } },
      select: { id: true, planId: true, number: true, retractedAt: true, plan: { select: { title: true } } },
    });
    return rows.map((p) => ({
      id: p.id,
      name: `Point ${p.number} of ${p.plan.title}`,
      shortName: `Point ${p.number}`,
      href: pointHref(p.planId, p.number),
      retracted: p.retractedAt !== null,
    }));
  },
  within: {
    negotiation: async (db, negotiationId, among) => ids(await db.planPoint.findMany({ where: { plan: { negotiationId }, ...amongIds(among) }, select: { id: true } })),
    party: async (db, partyId, among) => ids(await db.planPoint.findMany({ where: { plan: { authors: { some: { partyId } } }, ...amongIds(among) }, select: { id: true } })),
    issue: async (db, issueId, among) => ids(await db.planPoint.findMany({ where: { issues: { some: { issueId } }, ...amongIds(among) }, select: { id: true } })),
  },
  // A point is in its plan's negotiation.
  changeScope: async (tx, changes) => ({
    negotiations: negotiationIds(await tx.plan.findMany({ where: { id: { in: snapshotIds(changes, "planId") } }, select: { negotiationId: true } })),
  }),
  commands: { create: createPlanPoint, update: updatePlanPoint, retract: retractPlanPoint, restore: restorePlanPoint },
  api: planPoints,
  exported: planPointExport,
  search: planPointSearch,
  visible: visiblePlanPoint,
});
