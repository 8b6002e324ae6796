import "server-only";
// Tells every Parley process what a write transaction touched, so that their response caches
// drop only the pages it may have altered (lib/cache/change-scope.ts). Written in the
// transaction itself, so the announcement commits with the change or not at all; how each
// engine carries it is described in lib/cache/change-signal.ts.
import { CHANGE_CHANNEL, citationsOf, encodeScope, TRANSACTION_FIELD, EVERYTHING, recordKey, SCOPE_SETTING, SCOPED_MARK, scopeOf, type Scope } from "@/lib/cache/change-scope";
import { engine, type DbOrTx } from "@/lib/db/client";
import { registryLater } from "@/lib/records/registry-later";
import type { ChangeReach, Touched } from "./change-reach";

// SQLite keeps at least this many stamp versions of scopes (pruned every hundred); a process
// further behind sees a gap and drops everything.
const KEPT_VERSIONS = 10_000;
const PRUNE_EVERY = 100;

/**
 * Called first in a write transaction: returns where the transaction's stamp bumps start. On
 * SQLite it reads the stamp with a write that changes nothing, which takes the write lock at
 * once (waiting its turn), as BEGIN IMMEDIATE would: the driver begins transactions deferred,
 * and one that read first and wrote later could deadlock with another process's writer until
 * both timed out.
 */
export async function beginAnnouncedChange(tx: DbOrTx): Promise<number> {
  if (engine === "sqlite") {
    const [row] = await tx.$queryRawUnsafe<Array<{ version: number | bigint }>>(
      `UPDATE "ChangeStamp" SET "version" = "version" WHERE "id" = 1 RETURNING "version"`,
    );
    return Number(row?.version ?? 0);
  }
  await tx.$queryRawUnsafe(`SELECT set_config('${SCOPE_SETTING}', '${SCOPED_MARK}', true)`);
  return 0;
}

/** Called last in the transaction: announces what it touched, if it wrote anything. */
export async function announceChange(tx: DbOrTx, stampAtStart: number, touched: Touched[]) {
  if (engine === "sqlite") {
    const stamp = await readStamp(tx);
    if (stamp === stampAtStart) return;
    const scope = encodeScope(await scopeOfChange(tx, touched));
    await tx.$executeRawUnsafe(`INSERT INTO "ChangeScope" ("fromVersion", "toVersion", "scope") VALUES (?, ?, ?)`, stampAtStart, stamp, scope);
    // By the key, a seek rather than a scan of the kept rows; and once a hundred versions
    // rather than on every save, a statement fewer in most.
    if (Math.floor(stamp / PRUNE_EVERY) !== Math.floor(stampAtStart / PRUNE_EVERY)) {
      await tx.$executeRawUnsafe(`DELETE FROM "ChangeScope" WHERE "fromVersion" < ?`, stamp - KEPT_VERSIONS);
    }
    return;
  }
  // A transaction gets an id at its first write: none means there is nothing to announce.
  const [row] = await tx.$queryRawUnsafe<Array<{ wrote: boolean }>>(`SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS "wrote"`);
  if (!row?.wrote) return;
  // With the transaction's id, which tells other instances which renderings show the change (lib/cache/peer-renderings.ts).
  await tx.$executeRawUnsafe(
    `SELECT pg_notify('${CHANGE_CHANNEL}', jsonb_set($1::jsonb, '{${TRANSACTION_FIELD}}', to_jsonb(pg_current_xact_id()::text))::text)`,
    encodeScope(await scopeOfChange(tx, touched)),
  );
}

async function readStamp(tx: DbOrTx): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<Array<{ version: number | bigint }>>(`SELECT "version" FROM "ChangeStamp" WHERE "id" = 1`);
  return Number(row?.version ?? 0);
}

const NOTHING_MORE: ChangeReach = {};

/** The sources a snapshot cites: a statement's citations, or another record's `sourceIds`. */
function citedSources(snapshot: Touched["before"]): string[] {
  if (!snapshot) return [];
  const { citations, sourceIds } = snapshot as { citations?: unknown; sourceIds?: unknown };
  const ids = [
    ...(Array.isArray(citations) ? citations.map((c) => (c as { sourceId?: unknown })?.sourceId) : []),
    ...(Array.isArray(sourceIds) ? sourceIds : []),
  ];
  return ids.filter((id): id is string => typeof id === "string");
}

/**
 * The negotiations and records a change touched: the negotiation each snapshot names, the
 * records themselves, and what their kind says the change reaches — more negotiations, or
 * narrower readings of one (`changeScope` in lib/<kind>/<kind>-kind.ts). A write that left no
 * revision, or whose kind says so, touches everything.
 */
export async function scopeOfChange(tx: DbOrTx, touched: Touched[]): Promise<Scope> {
  if (touched.length === 0) return EVERYTHING;
  const { findRecordKind } = await registryLater();
  const negotiations = new Set<string>();
  const byType = new Map<string, Touched[]>();
  for (const change of touched) {
    byType.set(change.entityType, [...(byType.get(change.entityType) ?? []), change]);
    for (const snapshot of [change.before, change.after]) {
      if (typeof snapshot?.negotiationId === "string") negotiations.add(snapshot.negotiationId);
    }
  }
  const records = new Set(touched.map(({ entityType, entityId }) => recordKey(entityType, entityId)));
  // A source's page lists what cites it: a record that cites a source, or stops citing it, reaches that list.
  for (const { before, after } of touched) for (const id of [...citedSources(before), ...citedSources(after)]) records.add(citationsOf(id));
  const reached = await Promise.all([...byType].map(([type, changes]) => findRecordKind(type)?.changeScope?.(tx, changes) ?? NOTHING_MORE));
  for (const found of reached) {
    if (found === "everything") return EVERYTHING;
    found.negotiations?.forEach((id) => negotiations.add(id));
    found.records?.forEach((key) => records.add(key));
  }
  return scopeOf({ negotiations, records });
}
