import "server-only";
import { z } from "zod";
import {
  exportedId,
  exportedJson,
  exportedRecord,
  insertChunks,
  pageById,
  ProblemList,
  recordColumns,
  seenIds,
  stamps,
  visibleIn,
  type ExportSection,
} from "@/lib/export/export-section";
import { visibleParty } from "@/lib/parties/party-visibility";
import { areaKind } from "./area-kinds";
import { visibleArea } from "./area-visibility";

export const exportedArea = z.strictObject({
  ...exportedRecord,
  negotiationId: exportedId,
  slug: z.string().min(1),
  name: z.string(),
  kind: areaKind,
  order: z.number().int(),
  code: z.string().nullable(),
  outline: exportedJson.nullable(),
  parentId: exportedId.nullable(),
  heldById: exportedId.nullable(),
  heldSince: z.string().nullable(),
  // Archives written before areas could be held in part have no such field.
  heldInPart: z.boolean().default(false),
  notes: z.string().nullable(),
});
type Area = z.infer<typeof exportedArea>;

/** Parents before their parts, so each row's parent is written before it points at it. */
function parentsFirst(rows: Area[]): Area[] {
  const byKey = new Map(rows.map((a) => [a.id, a]));
  const out: Area[] = [];
  const placed = new Set<string>();
  const place = (area: Area, path: Set<string>) => {
    if (placed.has(area.id) || path.has(area.id)) return;
    const parent = area.parentId ? byKey.get(area.parentId) : undefined;
    if (parent) place(parent, new Set(path).add(area.id));
    placed.add(area.id);
    out.push(area);
  };
  for (const area of rows) place(area, new Set());
  return out;
}

// A JSON column left out is SQL NULL, which is how the app writes "no outline".
export const areaExport: ExportSection<Area>[] = [
  {
    key: "areas",
    schema: exportedArea,
    dependsOn: ["negotiations", "parties"],
    async readPage(tx, { after, take, scope }) {
      const page = pageById(after, take);
      const areas = await tx.area.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visibleArea) } });
      const parent = await seenIds(scope, areas.map((a) => a.parentId), (id) =>
        tx.area.findMany({ where: { id: { in: id }, ...visibleArea }, select: { id: true } }),
      );
      const holder = await seenIds(scope, areas.map((a) => a.heldById), (id) =>
        tx.party.findMany({ where: { id: { in: id }, ...visibleParty }, select: { id: true } }),
      );
      return areas.map((a) => ({
        ...recordColumns(a),
        negotiationId: a.negotiationId,
        slug: a.slug,
        name: a.name,
        kind: a.kind as Area["kind"],
        order: a.order,
        code: a.code,
        outline: (a.outline ?? null) as Area["outline"],
        parentId: parent(a.parentId),
        heldById: holder(a.heldById),
        heldSince: a.heldSince,
        heldInPart: holder(a.heldById) !== null && a.heldInPart,
        notes: a.notes,
      }));
    },
    write: (tx, rows) =>
      insertChunks(parentsFirst(rows), (data) =>
        tx.area.createMany({ data: data.map((a) => ({ ...a, ...stamps(a), outline: a.outline === null ? undefined : (a.outline as object) })) }),
      ),
    check(rows, file) {
      const list = new ProblemList();
      list.uniqueIds(rows, "areas");
      list.unique(rows.map((a) => `${a.negotiationId}/${a.slug}`), "areas: the negotiation and slug");
      const areas = new Map(rows.map((a) => [a.id, a]));
      for (const a of rows) {
        list.ref(file.ids("negotiations"), a.negotiationId, `area ${a.id}`, "negotiation");
        list.ref(file.ids("parties"), a.heldById, `area ${a.id}`, "party");
        list.ref(new Set(areas.keys()), a.parentId, `area ${a.id}`, "area");
        const parent = a.parentId ? areas.get(a.parentId) : undefined;
        if (parent && parent.negotiationId !== a.negotiationId) list.problems.push(`area ${a.id} lies in area "${parent.id}" of another negotiation`);
      }
      return list.problems;
    },
  },
];
