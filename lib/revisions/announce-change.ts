import "server-only";
// Tells every Parley process what a write transaction touched, so that their response caches
// drop only the pages it may have altered (lib/cache/change-scope.ts). Written in the
// transaction itself, so the announcement commits with the change or not at all; how each
// engine carries it is described in lib/cache/change-signal.ts.
import { CHANGE_CHANNEL, encodeScope, EVERYTHING, recordKey, SCOPE_SETTING, SCOPED_MARK, scopeOf, type Scope } from "@/lib/cache/change-scope";
import { engine, type DbOrTx } from "@/lib/db/client";

type Snapshot = Record<string, unknown> | null;
/** A record a transaction changed, as its revision describes it. */
export type Touched = { entityType: string; entityId: string; before: Snapshot; after: Snapshot };

// SQLite keeps this many stamp versions of scopes; a process further behind sees a gap and
// drops everything.
const KEPT_VERSIONS = 10_000;

/** Called first in a write transaction (holding SQLite's write lock): returns where the transaction's stamp bumps start. */
export async function beginAnnouncedChange(tx: DbOrTx): Promise<number> {
  if (engine === "sqlite") return readStamp(tx);
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
    await tx.$executeRawUnsafe(`DELETE FROM "ChangeScope" WHERE "toVersion" < ?`, stamp - KEPT_VERSIONS);
    return;
  }
  // A transaction gets an id at its first write: none means there is nothing to announce.
  const [row] = await tx.$queryRawUnsafe<Array<{ wrote: boolean }>>(`SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS "wrote"`);
  if (!row?.wrote) return;
  await tx.$executeRawUnsafe(`SELECT pg_notify('${CHANGE_CHANNEL}', $1)`, encodeScope(await scopeOfChange(tx, touched)));
}

async function readStamp(tx: DbOrTx): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<Array<{ version: number | bigint }>>(`SELECT "version" FROM "ChangeStamp" WHERE "id" = 1`);
  return Number(row?.version ?? 0);
}

/**
 * The negotiations and records a change touched. A record's negotiation is the one its
 * snapshot names, its issue's (positions), its plan's (plan points), or for a party every
 * negotiation it sits in, for a source those of the records that cite it (none yet for a
 * new one). A negotiation's own change (its title is on the home page, in lists and in
 * every page's heading) touches everything, as does a write that left no revision.
 */
export async function scopeOfChange(tx: DbOrTx, touched: Touched[]): Promise<Scope> {
  if (touched.length === 0) return EVERYTHING;
  const negotiations = new Set<string>();
  const issueIds = new Set<string>();
  const planIds = new Set<string>();
  const partyIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const { entityType, entityId, before, after } of touched) {
    if (entityType === "negotiation") return EVERYTHING;
    if (entityType === "party") partyIds.add(entityId);
    if (entityType === "source") sourceIds.add(entityId);
    for (const snapshot of [before, after]) {
      if (!snapshot) continue;
      if (typeof snapshot.negotiationId === "string") negotiations.add(snapshot.negotiationId);
      if (entityType === "position" && typeof snapshot.issueId === "string") issueIds.add(snapshot.issueId);
      if (entityType === "planPoint" && typeof snapshot.planId === "string") planIds.add(snapshot.planId);
    }
  }
  const [issues, plans, seats, citing] = await Promise.all([
    issueIds.size ? tx.issue.findMany({ where: { id: { in: [...issueIds] } }, select: { negotiationId: true } }) : [],
    planIds.size ? tx.plan.findMany({ where: { id: { in: [...planIds] } }, select: { negotiationId: true } }) : [],
    partyIds.size ? tx.negotiationParty.findMany({ where: { partyId: { in: [...partyIds] } }, select: { negotiationId: true } }) : [],
    sourceIds.size ? negotiationsCiting(tx, [...sourceIds]) : [],
  ]);
  for (const { negotiationId } of [...issues, ...plans, ...seats, ...citing]) negotiations.add(negotiationId);
  return scopeOf({ negotiations, records: touched.map(({ entityType, entityId }) => recordKey(entityType, entityId)) });
}

/** The negotiations of the positions, events, commitments and plans that cite the sources. */
async function negotiationsCiting(tx: DbOrTx, sourceIds: string[]): Promise<Array<{ negotiationId: string }>> {
  const cites = { some: { sourceId: { in: sourceIds } } };
  const select = { negotiationId: true } as const;
  const [positions, events, commitments, plans] = await Promise.all([
    tx.issue.findMany({ where: { positions: { some: { citations: cites } } }, select }),
    tx.event.findMany({ where: { sources: cites }, select, distinct: ["negotiationId"] }),
    tx.commitment.findMany({ where: { sources: cites }, select, distinct: ["negotiationId"] }),
    tx.plan.findMany({ where: { sources: cites }, select, distinct: ["negotiationId"] }),
  ]);
  return [...positions, ...events, ...commitments, ...plans];
}
