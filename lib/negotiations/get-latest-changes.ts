import "server-only";
// The negotiation page's latest changes: the newest changes to the records inside it, as its
// changes page lists them first (lib/feeds/feed-scope.ts says which records those are).
//
// The changes page lists a negotiation's records and asks for their newest revisions, part
// by part: at 100,000 statements, tens of milliseconds the matrix page cannot spare. Here
// only the site's newest changes are read (one indexed query), and each kind places those
// records (`within` with `among`), whatever the negotiation's size. A negotiation with fewer
// changes among them than asked for, one little edited while others are busy, gets those it
// has there, and the page says the rest are on its changes page.
import { db } from "@/lib/db/client";
import { idsByKind } from "@/lib/records/ids";
import type { RecordKind } from "@/lib/records/record-kind";
import { describeChanges } from "@/lib/records/list-recent-changes";
import { resolveRefs } from "@/lib/records/resolve-names";
import { recordKinds } from "@/lib/records/registry";
import { revisionRowSelect } from "@/lib/revisions/newest-revisions";

/** How many of the site's newest changes are looked through. */
export const LATEST_CHANGES_WINDOW = 200;

type Newest = { id: string; entityType: string; entityId: string };

/**
 * The negotiation's newest `take` changes among the site's newest; `complete` when they are
 * its newest `take` or its whole history (fewer found in a window holding every change).
 */
export async function getLatestChanges({ negotiationId, take }: { negotiationId: string; take: number }) {
  const newest = await db.revision.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LATEST_CHANGES_WINDOW,
    select: { id: true, entityType: true, entityId: true },
  });
  const inside = await placed(negotiationId, newest);
  const found = newest.filter((r) => inside.has(`${r.entityType}:${r.entityId}`)).slice(0, take);
  const rows = found.length === 0 ? [] : await db.revision.findMany({ where: { id: { in: found.map((r) => r.id) } }, select: revisionRowSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // Named by what they refer to as it is now ("Ruritania on Ceasefire"), as the feeds name them,
  // not by words an edit has since replaced.
  const refs = await resolveRefs(rows.map((row) => row.after ?? row.before));
  return {
    items: await describeChanges(
      found.map((r) => byId.get(r.id)!),
      (kind, id) => refs.get(`${kind}:${id}`)?.shortName,
    ),
    complete: found.length === take || newest.length < LATEST_CHANGES_WINDOW,
  };
}

/** The records among `rows` inside the negotiation, keyed "kind:id". */
async function placed(negotiationId: string, rows: Newest[]): Promise<Set<string>> {
  const candidates = idsByKind(rows);
  const found = await Promise.all(
    (recordKinds as readonly RecordKind[]).map(async (kind) => {
      const among = candidates.get(kind.entityType);
      const within = kind.within?.negotiation;
      if (!among || !within) return [];
      return (await within(db, negotiationId, [...among])).map((id) => `${kind.entityType}:${id}`);
    }),
  );
  return new Set(found.flat());
}

/** The same by the negotiation's slug, so that the page can ask at the same time as it reads the matrix. */
export async function getNegotiationLatestChanges({ slug, take }: { slug: string; take: number }) {
  const negotiation = await db.negotiation.findUnique({ where: { slug }, select: { id: true } });
  return negotiation ? getLatestChanges({ negotiationId: negotiation.id, take }) : { items: [], complete: true };
}
