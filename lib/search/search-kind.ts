// What search needs from a kind of record it indexes: its documents, where a hit leads,
// and which of its records a change to another record affects (a position's document names
// its party, so a party renamed re-indexes its positions). A kind is searchable when its
// definition (lib/<kind>/<kind>-kind.ts) has a `search`; this module must not import the
// registry (the kinds import it).
import type { DbOrTx } from "@/lib/db/client";
import type { SearchDocument } from "./documents";

type Snapshot = Record<string, unknown> | null | undefined;

/** A change to one record, as recordRevision passes it to the index. */
export type IndexedChange = { entityType: string; entityId: string; before?: Snapshot; after?: Snapshot };

/** Where a hit leads; a source's also names its outlet, how its title was recorded and the first record citing it ("Ruritania on Ceasefire terms"). */
export type HitLink = {
  href: string | null;
  outlet?: string;
  /** How a source's title was recorded, in readers' words (lib/sources/title-remark.ts); its document holds the title alone. */
  remark?: string | null;
  firstCited?: { label: string; href: string } | null;
};

export type KindSearch = {
  /** Hits of this kind rank after the records' own among equally good matches (sources, which records cite). */
  ranksAfterRecords?: boolean;
  /** The tab and the count of this kind's hits. */
  label: { one: string; many: string };
  /** The documents of those of `ids` readers may see. */
  documents(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]>;
  /** Where each hit leads, by id. */
  links(db: DbOrTx, ids: string[]): Promise<Map<string, HitLink>>;
  /** The ids of this kind's records a change to a record of another kind affects, by that kind. */
  reindexOn?: Partial<Record<string, (tx: DbOrTx, change: IndexedChange) => Promise<string[]>>>;
};

/**
 * Only a negotiation's slug is indexed (as a filter value on everything in it), and that
 * rarely changes; a retraction hides everything in it, a restore shows it again.
 */
export function slugOrRetractionChanged({ before, after }: IndexedChange): boolean {
  if (!before || !after) return true;
  return before.slug !== after.slug || Boolean(before.retractedAt) !== Boolean(after.retractedAt);
}
