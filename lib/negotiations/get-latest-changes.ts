import "server-only";
// The negotiation page's latest changes: the newest changes to the records inside it, as its
// changes page lists them first (lib/feeds/feed-scope.ts says which records those are).
//
// The changes page lists a negotiation's records and asks for their newest revisions, part
// by part: at 100,000 statements, tens of milliseconds the matrix page cannot spare. Here
// the site's newest changes are read first (one indexed query) and each kind places only
// those records (`within` with `among`). A negotiation with fewer changes among them than
// asked for, one little edited while others are busy, falls back to the changes page's way.
import { db } from "@/lib/db/client";
import { recordsWithin } from "@/lib/feeds/feed-scope";
import type { RecordKind } from "@/lib/records/record-kind";
import { listRecentChanges } from "@/lib/records/list-recent-changes";
import { recordKinds } from "@/lib/records/registry";
import type { RecordsByKind } from "@/lib/revisions/newest-revisions";

/** How many of the site's newest changes are looked through before listing the negotiation's records. */
const WINDOW = 200;

export async function getLatestChanges({ negotiationId, take }: { negotiationId: string; take: number }) {
  const newest = await db.revision.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: WINDOW,
    select: { entityType: true, entityId: true },
  });
  const inside = await placed(negotiationId, newest);
  const found = newest.filter((r) => inside.has(`${r.entityType}:${r.entityId}`)).slice(0, take);
  // Every change of the negotiation newer than the window's oldest is in it: enough of them,
  // or the whole history in the window, and these are its newest.
  const records = found.length === take || newest.length < WINDOW ? byKind(found) : await recordsWithin("negotiation", negotiationId);
  if (Object.keys(records).length === 0) return [];
  return (await listRecentChanges({ limit: take, records })).items;
}

/** The records among `rows` inside the negotiation, keyed "kind:id". */
async function placed(negotiationId: string, rows: { entityType: string; entityId: string }[]): Promise<Set<string>> {
  const candidates = byKind(rows);
  const found = await Promise.all(
    (recordKinds as readonly RecordKind[]).map(async (kind) => {
      const among = candidates[kind.entityType];
      const within = kind.within?.negotiation;
      if (!among || !within) return [];
      return (await within(db, negotiationId, among)).map((id) => `${kind.entityType}:${id}`);
    }),
  );
  return new Set(found.flat());
}

function byKind(rows: { entityType: string; entityId: string }[]): RecordsByKind {
  const out: RecordsByKind = {};
  for (const { entityType, entityId } of rows) if (!(out[entityType] ??= []).includes(entityId)) out[entityType]!.push(entityId);
  return out;
}

/** The same by the negotiation's slug, so that the page can ask at the same time as it reads the matrix; none for no such negotiation. */
export async function getNegotiationLatestChanges({ slug, take }: { slug: string; take: number }) {
  const negotiation = await db.negotiation.findUnique({ where: { slug }, select: { id: true } });
  return negotiation ? getLatestChanges({ negotiationId: negotiation.id, take }) : [];
}
