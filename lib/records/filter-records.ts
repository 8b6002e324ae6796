import "server-only";
// The records inside a negotiation or a party, for the changes readers follow: the revisions
// API's `negotiation` and `party` filters and the changes page's ask here, so they list the
// same changes.
import { idOrSlug } from "@/lib/api/list-query";
import { db } from "@/lib/db/client";
import { recordsWithin } from "@/lib/feeds/feed-scope";
import { refuseFiltersNamingNothing } from "./named-filters";
import { recordKind, type EntityType } from "./registry";
import type { RecordsByKind } from "@/lib/revisions/newest-revisions";

type Container = "negotiation" | "party";
type Named = { id: string; slug: string };

const find: Record<Container, (named: string) => Promise<Named | null>> = {
  negotiation: (named) => db.negotiation.findFirst({ where: { AND: [recordKind("negotiation").visible, idOrSlug(named)] }, select: { id: true, slug: true } }),
  party: (named) => db.party.findFirst({ where: { AND: [recordKind("party").visible, idOrSlug(named)] }, select: { id: true, slug: true } }),
};

/**
 * The records inside the negotiation or party readers can see named by id or slug (of one
 * kind if given): a negotiation's own record, its issues and the positions on them, its
 * events, commitments, areas, plans and their points; a party's own record, its positions,
 * the events it took part in, its commitments, the plans it wrote and their points, the areas
 * it holds. Throws a validation error naming the filter when there is none.
 */
async function recordsOf(container: Container, named: string, only?: EntityType): Promise<RecordsByKind> {
  const found = await find[container](named);
  if (!found) {
    await refuseFiltersNamingNothing({ [container]: named });
    return recordsOf(container, named, only); // restored in between: look again
  }
  const records = await recordsWithin(container, found.id);
  return only ? { [only]: records[only] ?? [] } : records;
}

/** The records both hold, kind by kind. */
export function recordsInBoth(a: RecordsByKind, b: RecordsByKind): RecordsByKind {
  return Object.fromEntries(
    Object.entries(a).map(([kind, ids]) => {
      const other = new Set(b[kind] ?? []);
      return [kind, ids.filter((id) => other.has(id))] as const;
    }),
  );
}

/** The records the changes filters name (a negotiation's, a party's, or those of both), or null when neither is given: every record. */
export async function recordsOfFilters({ negotiation, party, only }: { negotiation?: string; party?: string; only?: EntityType }): Promise<RecordsByKind | null> {
  if (!negotiation && !party) return null;
  const [ofNegotiation, ofParty] = await Promise.all([
    negotiation ? recordsOf("negotiation", negotiation, only) : null,
    party ? recordsOf("party", party, only) : null,
  ]);
  if (ofNegotiation && ofParty) return recordsInBoth(ofNegotiation, ofParty);
  return ofNegotiation ?? ofParty;
}
