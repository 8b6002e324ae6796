import "server-only";
// Records as other pages point at them, with "retracted" meaning what readers meet: hidden
// by the kind's own visibility rule (lib/records/visible.ts), so a position whose party,
// issue or negotiation is retracted reads as retracted too, wherever it is linked.
import type { DbOrTx } from "@/lib/db/client";
import type { RecordKind, RecordRef } from "./record-kind";

type Finder = { findMany(args: { where: object; select: { id: true } }): Promise<{ id: string }[]> };

/** The ids among `ids` of records of `kind` that readers may see now. */
export async function visibleIds(db: DbOrTx, kind: RecordKind, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const finder = db[kind.entityType as keyof DbOrTx] as unknown as Finder;
  const found = await finder.findMany({ where: { id: { in: ids }, ...kind.visible }, select: { id: true } });
  return new Set(found.map((r) => r.id));
}

/** `kind.refs`, each marked retracted when readers may not see it (itself or a record it belongs to retracted). */
export async function recordRefs(db: DbOrTx, kind: RecordKind, ids: string[]): Promise<RecordRef[]> {
  const [refs, shown] = await Promise.all([kind.refs(db, ids), visibleIds(db, kind, ids)]);
  return refs.map((ref) => ({ ...ref, retracted: !shown.has(ref.id) }));
}
