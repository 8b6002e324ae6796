import "server-only";
// The records a negotiation holds, for the changes its readers follow: the revisions API's
// `negotiation` filter and the changes page's both ask here, so they list the same changes.
import { idOrSlug } from "@/lib/api/list-query";
import { db } from "@/lib/db/client";
import { recordsWithin } from "@/lib/feeds/feed-scope";
import { refuseFiltersNamingNothing } from "./named-filters";
import { recordKind, type EntityType } from "./registry";
import type { RecordsByKind } from "@/lib/revisions/newest-revisions";

export type NegotiationRecords = { negotiation: { id: string; slug: string; title: string }; records: RecordsByKind };

/**
 * The negotiation readers can see named by id or slug, with the records inside it (of one
 * kind if given): itself, its issues and the positions on them, its events, commitments,
 * areas, plans and their points. Throws a validation error naming the filter when there is none.
 */
export async function recordsOfNegotiation(named: string, only?: EntityType): Promise<NegotiationRecords> {
  const negotiation = await db.negotiation.findFirst({
    where: { AND: [recordKind("negotiation").visible, idOrSlug(named)] },
    select: { id: true, slug: true, title: true },
  });
  if (!negotiation) {
    await refuseFiltersNamingNothing({ negotiation: named });
    return recordsOfNegotiation(named, only); // restored in between: look again
  }
  const records = await recordsWithin("negotiation", negotiation.id);
  return { negotiation, records: only ? { [only]: records[only] ?? [] } : records };
}
