import type { DbOrTx } from "@/lib/db/client";
import { clean, lines, type SearchDocument } from "@/lib/search/documents";
import { slugOrRetractionChanged, type KindSearch } from "@/lib/search/search-kind";
import { ids } from "@/lib/records/ids";
import { areaKindLabel, areaKind } from "./area-kinds";
import { visibleArea } from "./area-visibility";

export async function areaDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.area.findMany({
    where: { id: { in: ids }, ...visibleArea },
    select: {
      id: true, name: true, kind: true, code: true, notes: true, heldInPart: true,
      negotiation: { select: { slug: true } },
      heldBy: { select: { slug: true, name: true } },
    },
  });
  return rows.map((a) => ({
    kind: "area",
    refId: a.id,
    negotiations: [a.negotiation.slug],
    parties: a.heldBy ? [a.heldBy.slug] : [],
    issues: [],
    stances: [],
    attributions: [],
    date: null,
    title: clean(a.name),
    body: lines(a.notes, areaKindLabel[areaKind.catch("other").parse(a.kind)], a.code, a.heldBy ? `Held ${a.heldInPart ? "in part " : ""}by ${a.heldBy.name}` : null),
  }));
}

/** Areas are found by their names and notes; a hit leads to the area's row on its negotiation's list. */
export const areaSearch: KindSearch = {
  label: { one: "Area", many: "Areas" },
  documents: areaDocuments,
  async links(db, ids) {
    const rows = await db.area.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, negotiation: { select: { slug: true } } } });
    return new Map(
      rows.map((a) => [a.id, { href: `/negotiations/${encodeURIComponent(a.negotiation.slug)}/areas#area-${encodeURIComponent(a.slug)}` }]),
    );
  },
  reindexOn: {
    party: async (tx, { entityId }) => ids(await tx.area.findMany({ where: { heldById: entityId }, select: { id: true } })),
    negotiation: async (tx, change) =>
      slugOrRetractionChanged(change) ? ids(await tx.area.findMany({ where: { negotiationId: change.entityId }, select: { id: true } })) : [],
  },
};
