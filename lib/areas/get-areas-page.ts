import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { getMentions } from "@/lib/records/get-mentions";
import { notRetracted } from "@/lib/records/visible";
import { areaKind } from "./area-kinds";

const loadAreasPage = cache(async (negotiationSlug: string) => {
  const negotiation = await db.negotiation.findFirst({
    where: { slug: negotiationSlug, ...visibleNegotiation },
    select: {
      id: true,
      slug: true,
      title: true,
      issues: { where: { ...notRetracted, kind: "territory" }, orderBy: { order: "asc" }, select: { slug: true, name: true } },
    },
  });
  if (!negotiation) return null;
  const rows = await db.area.findMany({
    where: { negotiationId: negotiation.id, ...notRetracted },
    orderBy: [{ order: "asc" }, { name: "asc" }],
    select: {
      id: true, slug: true, name: true, kind: true, code: true, heldSince: true, heldInPart: true, notes: true, parentId: true,
      outline: true,
      heldBy: { select: { slug: true, name: true, shortName: true, retractedAt: true } },
    },
  });
  const names = new Map(rows.map((a) => [a.id, { slug: a.slug, name: a.name }]));
  const areas = rows.map(({ parentId, outline, kind, heldBy, ...area }) => ({
    ...area,
    // A retracted party is not shown to readers, as holder or anywhere else.
    heldBy: heldBy && heldBy.retractedAt === null ? { slug: heldBy.slug, name: heldBy.name, shortName: heldBy.shortName } : null,
    kind: areaKind.catch("other").parse(kind),
    hasOutline: outline !== null,
    parent: parentId ? (names.get(parentId) ?? null) : null,
  }));
  // Notes name statements and other records by id or slug, as editors' notes do; readers get links named for them.
  const mentions = await getMentions(
    areas.map((area) => area.notes),
    { negotiationId: negotiation.id, statementsOfNegotiationOnly: true },
  );
  return { negotiation: { slug: negotiation.slug, title: negotiation.title }, territoryIssues: negotiation.issues, areas, mentions };
});

/** A negotiation's areas as readers see them, in the negotiation's order, with who holds each now. */
export function getAreasPage({ negotiationSlug }: { negotiationSlug: string }) {
  return loadAreasPage(negotiationSlug);
}

export type AreasPage = NonNullable<Awaited<ReturnType<typeof getAreasPage>>>;
