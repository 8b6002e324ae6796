import "server-only";
import { z } from "zod";
import { groupBy } from "@/lib/collections/group-by";
import { datePrecisions } from "@/lib/dates/partial-date";
import { AppError } from "@/lib/errors/app-error";
import { visibleEvent } from "@/lib/events/event-visibility";
import {
  dateOrNull, exportedId, exportedJson, exportedRecord, exportedTimestamp, insertChunks, iso, isoOrNull, ordered, pageById, ProblemList,
  recordColumns, seenIds, stamps, visibleIn, type ExportSection,
} from "@/lib/export/export-section";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { attributionKind, positionStatus, stance, termsConfidence } from "@/lib/vocab";
import { supersessionOrder } from "./supersession-order";
import { visiblePosition } from "./position-visibility";

export const exportedCitation = z.strictObject({
  id: exportedId,
  sourceId: exportedId,
  attribution: attributionKind,
  quote: z.string().nullable(),
  speaker: z.string().nullable(),
  order: z.number().int(),
  createdAt: exportedTimestamp,
});

export const exportedPosition = z.strictObject({
  ...exportedRecord,
  partyId: exportedId,
  issueId: exportedId,
  eventId: exportedId.nullable(),
  stance,
  summary: z.string(),
  terms: exportedJson.nullable(),
  termsConfidence: termsConfidence.nullable(),
  termsNote: z.string().nullable(),
  details: z.string().nullable(),
  notes: z.string().nullable(),
  /** The first instant of the period `statedOnPrecision` names (a month-only date is its 1st). */
  statedOn: exportedTimestamp,
  statedOnPrecision: z.enum(datePrecisions),
  status: positionStatus,
  withdrawnOn: exportedTimestamp.nullable(),
  supersededById: exportedId.nullable(),
  citations: z.array(exportedCitation),
  /** Plan points the position cites, in order. */
  pointIds: z.array(exportedId),
});
export type ExportedPosition = z.infer<typeof exportedPosition>;
type Position = ExportedPosition;

// A JSON column left out is SQL NULL, which is how the app writes "no terms".
const jsonOrOmit = (value: Record<string, unknown> | null) => (value === null ? undefined : (value as object));

export const positionExport: ExportSection<Position>[] = [
  {
    key: "positions",
    schema: exportedPosition,
    dependsOn: ["parties", "issues", "events", "sources", "planPoints"],
    async readPage(tx, { after, take, scope }) {
      const page = pageById(after, take);
      const positions = await tx.position.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visiblePosition) } });
      const positionId = { in: positions.map((p) => p.id) };
      const citations = groupBy(await tx.citation.findMany({ where: { positionId, ...visibleIn(scope, { source: visibleSource }) } }), "positionId");
      const points = groupBy(await tx.positionPoint.findMany({ where: { positionId, ...visibleIn(scope, { point: visiblePlanPoint }) } }), "positionId");
      const event = await seenIds(scope, positions.map((p) => p.eventId), (id) =>
        tx.event.findMany({ where: { id: { in: id }, ...visibleEvent }, select: { id: true } }),
      );
      const successor = await seenIds(scope, positions.map((p) => p.supersededById), (id) =>
        tx.position.findMany({ where: { id: { in: id }, ...visiblePosition }, select: { id: true } }),
      );
      return positions.map((p) => ({
        ...recordColumns(p),
        partyId: p.partyId,
        issueId: p.issueId,
        eventId: event(p.eventId),
        stance: p.stance as Position["stance"],
        summary: p.summary,
        terms: (p.terms ?? null) as Record<string, unknown> | null,
        termsConfidence: p.termsConfidence as Position["termsConfidence"],
        termsNote: p.termsNote,
        details: p.details,
        notes: p.notes,
        statedOn: iso(p.statedOn),
        statedOnPrecision: p.statedOnPrecision as Position["statedOnPrecision"],
        status: p.status as Position["status"],
        withdrawnOn: isoOrNull(p.withdrawnOn),
        supersededById: successor(p.supersededById),
        citations: ordered(citations.get(p.id)).map((c) => ({
          id: c.id,
          sourceId: c.sourceId,
          attribution: c.attribution as Position["citations"][number]["attribution"],
          quote: c.quote,
          speaker: c.speaker,
          order: c.order,
          createdAt: iso(c.createdAt),
        })),
        pointIds: [...(points.get(p.id) ?? [])].sort((a, b) => a.order - b.order).map((c) => c.pointId),
      }));
    },
    async write(tx, rows) {
      // In supersession order: a row's supersededById must name a row already written.
      const inOrder = supersessionOrder(rows);
      if (!inOrder) throw new AppError("validation", "The file's positions supersede each other in a loop.");
      await insertChunks(inOrder, (data) =>
        tx.position.createMany({
          data: data.map(({ citations: _c, pointIds: _p, ...p }) => ({
            ...p,
            ...stamps(p),
            terms: jsonOrOmit(p.terms),
            statedOn: new Date(p.statedOn),
            withdrawnOn: dateOrNull(p.withdrawnOn),
          })),
        }),
      );
      const citations = rows.flatMap((p) => p.citations.map((c) => ({ ...c, positionId: p.id, createdAt: new Date(c.createdAt) })));
      await insertChunks(citations, (data) => tx.citation.createMany({ data }));
      const points = rows.flatMap((p) => p.pointIds.map((pointId, order) => ({ positionId: p.id, pointId, order })));
      await insertChunks(points, (data) => tx.positionPoint.createMany({ data }));
    },
    check(rows, file) {
      const list = new ProblemList();
      list.uniqueIds(rows, "positions");
      list.uniqueIds(rows.flatMap((p) => p.citations), "citations");
      for (const p of rows) {
        list.ref(file.ids("parties"), p.partyId, `position ${p.id}`, "party");
        list.ref(file.ids("issues"), p.issueId, `position ${p.id}`, "issue");
        list.ref(file.ids("events"), p.eventId, `position ${p.id}`, "event");
        list.ref(file.ids("positions"), p.supersededById, `position ${p.id}`, "position");
        for (const c of p.citations) list.ref(file.ids("sources"), c.sourceId, `position ${p.id}`, "source");
        for (const pointId of p.pointIds) list.ref(file.ids("planPoints"), pointId, `position ${p.id}`, "plan point");
        list.unique(p.pointIds, `position ${p.id}: the cited plan point`);
        list.unique(p.citations.map((c) => c.sourceId), `position ${p.id}: the cited source`);
      }
      if (list.problems.length === 0 && supersessionOrder(rows) === null) list.problems.push("positions: the supersededById links form a loop");
      return list.problems;
    },
    counts: (rows) => ({ positions: rows.length, citations: rows.reduce((n, p) => n + p.citations.length, 0) }),
  },
];
