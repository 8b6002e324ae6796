import "server-only";
// A negotiation's areas as maps draw them: each area's name, code and drawn outline read
// from the records (readers' view: retracted areas left out), laid out once per set of
// shapes (layoutAreasMap remembers recent layouts), with the terms' context of names and
// holders the claims and comparisons need.
import { db } from "@/lib/db/client";
import { notRetracted } from "@/lib/records/visible";
import { loadTermsContext } from "@/lib/terms/load-terms-context";
import type { TermsContext } from "@/lib/terms/terms-context";
import { layoutAreasMap, type AreaShapeSource } from "./area-shapes";
import type { MapLayout } from "./layout-map";
import { storedOutline } from "./stored-outline";

export type NegotiationMap = { layout: MapLayout; context: TermsContext; areas: AreaShapeSource[] };

/** The shapes of a negotiation's areas, in its order. */
export async function listAreaShapes(negotiationId: string): Promise<AreaShapeSource[]> {
  const rows = await db.area.findMany({
    where: { negotiationId, ...notRetracted },
    orderBy: [{ order: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, code: true, outline: true },
  });
  return rows.map((a) => ({ slug: a.slug, label: a.name, code: a.code, outline: storedOutline(a.outline) }));
}

/**
 * The map of a negotiation's areas and what claims on them refer to. `partySlugs`: parties
 * the claims name beyond the negotiation's own, so that they are named too.
 */
export async function getNegotiationMap(negotiationId: string, { partySlugs = [] }: { partySlugs?: string[] } = {}): Promise<NegotiationMap> {
  const [areas, context] = await Promise.all([listAreaShapes(negotiationId), loadTermsContext(db, negotiationId, { partySlugs })]);
  return { layout: layoutAreasMap(areas), context, areas };
}
