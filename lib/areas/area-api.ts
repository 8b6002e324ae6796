import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { defineResource } from "@/lib/api/resource";
import { contains, findByIdOrUniqueSlug, idOrSlug, listPage, recordLinks, recordTimes } from "@/lib/api/list-query";
import { areaItem, areaListQuery, type AreaItem, type AreaListQuery } from "./area-api-schema";
import { areaInput } from "./area-input";
import { createArea } from "./create-area";
import { restoreArea } from "./restore-area";
import { retractArea } from "./retract-area";
import { updateArea } from "./update-area";
import { visibleArea } from "./area-visibility";

const select = {
  id: true, version: true, negotiationId: true, slug: true, name: true, kind: true, order: true, code: true, outline: true,
  parentId: true, heldById: true, heldSince: true, heldInPart: true, notes: true, createdAt: true, updatedAt: true,
  parent: { select: { id: true, slug: true, name: true, retractedAt: true } },
  heldBy: { select: { id: true, slug: true, name: true, shortName: true, retractedAt: true } },
  negotiation: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.AreaSelect;

type Row = Prisma.AreaGetPayload<{ select: typeof select }>;

/** Where readers find an area: its row on the negotiation's list of areas. */
export function areaHref(negotiationSlug: string, areaSlug: string) {
  return `/negotiations/${encodeURIComponent(negotiationSlug)}/areas#area-${encodeURIComponent(areaSlug)}`;
}

function toItem({ parent, heldBy, ...row }: Row): AreaItem {
  // A retracted parent or holder is left out, as readers' pages and the export leave it out.
  const shownParent = parent && parent.retractedAt === null ? { id: parent.id, slug: parent.slug, name: parent.name } : null;
  const shownHolder = heldBy && heldBy.retractedAt === null ? { id: heldBy.id, slug: heldBy.slug, name: heldBy.name, shortName: heldBy.shortName } : null;
  return {
    ...row,
    kind: row.kind as AreaItem["kind"],
    outline: row.outline as AreaItem["outline"],
    parentId: shownParent?.id ?? null,
    parent: shownParent,
    heldById: shownHolder?.id ?? null,
    heldBy: shownHolder,
    heldInPart: shownHolder !== null && row.heldInPart,
    ...recordTimes(row),
    links: { ...recordLinks("areas", row.id, "area", row.id), html: areaHref(row.negotiation.slug, row.slug) },
  };
}

function list(query: AreaListQuery) {
  const filters = [
    visibleArea,
    query.negotiation ? { negotiation: idOrSlug(query.negotiation) } : {},
    query.kind ? { kind: query.kind } : {},
    query.heldBy ? { heldBy: idOrSlug(query.heldBy) } : {},
    query.q ? { OR: [{ name: contains(query.q) }, { notes: contains(query.q) }, { slug: contains(query.q) }] } : {},
  ];
  return listPage(query, filters, (window) => db.area.findMany({ ...window, select }), toItem);
}

/** By id, or by slug when only one negotiation has an area with that slug. */
async function get(value: string) {
  const row = await findByIdOrUniqueSlug(value, (where) => db.area.findMany({ where: { ...visibleArea, ...where }, select, take: 3 }), { noun: "area", path: "areas" });
  return row ? toItem(row) : null;
}

export const areas = defineResource({
  path: "areas",
  noun: "area",
  tag: "Areas",
  description:
    "Places at stake in a negotiation: provinces, cities, corridors, zones and lines, with who holds each now. Territory terms name a negotiation's areas by slug.",
  entityType: "area",
  item: areaItem,
  listQuery: areaListQuery,
  namedFilters: { heldBy: "party" },
  input: areaInput,
  acceptsSlug: true,
  slugWithinNegotiation: true,
  example: {
    negotiationId: "NEGOTIATION_ID",
    slug: "north-province",
    name: "North Province",
    kind: "province",
    order: 10,
    code: "AB-12",
    heldById: "PARTY_ID",
    heldSince: "2024-03",
    heldInPart: true,
    notes: "The front line has run through the province since the spring offensive.",
  },
  list,
  get,
  create: createArea,
  update: updateArea,
  retract: retractArea,
  restore: restoreArea,
});
