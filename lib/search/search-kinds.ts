import type { RecordKind } from "@/lib/records/record-kind";
import { recordKinds } from "@/lib/records/registry";

// The kinds search indexes: those whose definition has a `search` (lib/search/search-kind.ts),
// in the registry's order.
const searchable = (recordKinds as readonly RecordKind[]).filter((kind) => kind.search);

/** The kinds of search hits ("position", "source", …). */
export const searchKinds = searchable.map((kind) => kind.entityType) as [string, ...string[]];
export type SearchKind = string;

/** Where a kind's hits rank among equally good matches: records (0) before what they cite (1). */
export function searchKindRank(kind: string): number {
  return searchable.find((k) => k.entityType === kind)?.search?.ranksAfterRecords ? 1 : 0;
}

/** A kind of hit in words, for tabs and counts ("Positions"). */
export function searchKindLabel(kind: string): { one: string; many: string } {
  return searchable.find((k) => k.entityType === kind)?.search?.label ?? { one: kind, many: kind };
}
