import "server-only";
import { z } from "zod";
import { groupBy } from "@/lib/collections/group-by";
import { referenceOrder } from "@/lib/collections/reference-order";
import { datePrecisions } from "@/lib/dates/partial-date";
import { AppError } from "@/lib/errors/app-error";
import {
  byText, exportedId, exportedRecord, exportedTimestamp, insertChunks, iso, ordered, pageById, ProblemList, recordColumns, seenIds, stamps,
  visibleIn, type ExportSection,
} from "@/lib/export/export-section";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { planStatus } from "@/lib/vocab";
import { visiblePlan } from "./plan-visibility";

export const exportedPlan = z.strictObject({
  ...exportedRecord,
  negotiationId: exportedId,
  title: z.string(),
  /** The first instant of the period `datePrecision` names. */
  date: exportedTimestamp,
  datePrecision: z.enum(datePrecisions),
  status: planStatus,
  summary: z.string(),
  notes: z.string().nullable(),
  pointCount: z.number().int().nullable(),
  previousVersionId: exportedId.nullable(),
  authors: z.array(z.strictObject({ partyId: exportedId, order: z.number().int() })),
  sources: z.array(z.strictObject({ sourceId: exportedId, order: z.number().int() })),
});
type Plan = z.infer<typeof exportedPlan>;

/** A point of a plan's previous version that the plan leaves out (PlanDroppedPoint). */
export const exportedDroppedPoint = z.strictObject({
  planId: exportedId,
  pointId: exportedId,
  note: z.string().nullable(),
  order: z.number().int(),
});
type DroppedPoint = z.infer<typeof exportedDroppedPoint>;

const plans: ExportSection<Plan> = {
  key: "plans",
  schema: exportedPlan,
  dependsOn: ["negotiations", "parties", "sources"],
  async readPage(tx, { after, take, scope }) {
    const page = pageById(after, take);
    const rows = await tx.plan.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visiblePlan) } });
    const planId = { in: rows.map((p) => p.id) };
    const authors = groupBy(await tx.planAuthor.findMany({ where: { planId, ...visibleIn(scope, { party: visibleParty }) } }), "planId");
    const sources = groupBy(await tx.planSource.findMany({ where: { planId, ...visibleIn(scope, { source: visibleSource }) } }), "planId");
    const previous = await seenIds(scope, rows.map((p) => p.previousVersionId), (id) =>
      tx.plan.findMany({ where: { id: { in: id }, ...visiblePlan }, select: { id: true } }),
    );
    return rows.map((p) => ({
      ...recordColumns(p),
      negotiationId: p.negotiationId,
      title: p.title,
      date: iso(p.date),
      datePrecision: p.datePrecision as Plan["datePrecision"],
      status: p.status as Plan["status"],
      summary: p.summary,
      notes: p.notes,
      pointCount: p.pointCount,
      previousVersionId: previous(p.previousVersionId),
      authors: [...(authors.get(p.id) ?? [])].sort((a, b) => a.order - b.order || byText(a.partyId, b.partyId)).map((a) => ({ partyId: a.partyId, order: a.order })),
      sources: ordered(sources.get(p.id)).map((s) => ({ sourceId: s.sourceId, order: s.order })),
    }));
  },
  async write(tx, rows) {
    // A plan's previous version must be written before it.
    const inOrder = referenceOrder(rows, (p) => p.previousVersionId);
    if (!inOrder) throw new AppError("validation", "The file's plans revise each other in a loop.");
    await insertChunks(inOrder, (data) =>
      tx.plan.createMany({ data: data.map(({ authors: _a, sources: _s, ...p }) => ({ ...p, ...stamps(p), date: new Date(p.date) })) }),
    );
    const authors = rows.flatMap((p) => p.authors.map((a) => ({ planId: p.id, ...a })));
    await insertChunks(authors, (data) => tx.planAuthor.createMany({ data }));
    const sources = rows.flatMap((p) => p.sources.map((s) => ({ planId: p.id, ...s })));
    await insertChunks(sources, (data) => tx.planSource.createMany({ data }));
  },
  check(rows, file) {
    const list = new ProblemList();
    list.uniqueIds(rows, "plans");
    for (const p of rows) {
      list.ref(file.ids("negotiations"), p.negotiationId, `plan ${p.id}`, "negotiation");
      list.ref(file.ids("plans"), p.previousVersionId, `plan ${p.id}`, "plan");
      for (const a of p.authors) list.ref(file.ids("parties"), a.partyId, `plan ${p.id}`, "party");
      for (const s of p.sources) list.ref(file.ids("sources"), s.sourceId, `plan ${p.id}`, "source");
      list.unique(p.authors.map((a) => a.partyId), `plan ${p.id}: the author`);
      list.unique(p.sources.map((s) => s.sourceId), `plan ${p.id}: the source`);
    }
    if (list.problems.length === 0 && referenceOrder(rows, (p) => p.previousVersionId) === null) {
      list.problems.push("plans: the previousVersionId links form a loop");
    }
    return list.problems;
  },
};

const droppedPoints: ExportSection<DroppedPoint> = {
  key: "planDroppedPoints",
  schema: exportedDroppedPoint,
  dependsOn: ["plans", "planPoints"],
  // By plan, then point: the row's own key, so pages follow each other without gaps. Readers
  // see a left-out point while both the plan and the point stand.
  async readPage(tx, { after, take, scope }) {
    const rows = await tx.planDroppedPoint.findMany({
      where: {
        ...(after ? { OR: [{ planId: { gt: after.planId } }, { planId: after.planId, pointId: { gt: after.pointId } }] } : {}),
        ...visibleIn(scope, { plan: visiblePlan, point: visiblePlanPoint }),
      },
      orderBy: [{ planId: "asc" }, { pointId: "asc" }],
      take,
    });
    return rows.map((d) => ({ planId: d.planId, pointId: d.pointId, note: d.note, order: d.order }));
  },
  write: (tx, rows) => insertChunks(rows, (data) => tx.planDroppedPoint.createMany({ data })),
  check(rows, file) {
    const list = new ProblemList();
    list.unique(rows.map((d) => `${d.planId}/${d.pointId}`), "planDroppedPoints: the dropped point");
    for (const d of rows) {
      list.ref(file.ids("plans"), d.planId, `planDroppedPoints (${d.planId}/${d.pointId})`, "plan");
      list.ref(file.ids("planPoints"), d.pointId, `planDroppedPoints (${d.planId}/${d.pointId})`, "point");
    }
    return list.problems;
  },
  counts: () => ({}),
};

export const planExport = [plans, droppedPoints];
