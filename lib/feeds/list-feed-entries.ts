import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/client";
import { describeRecord } from "@/lib/revisions/describe-record";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { fieldLabel } from "@/lib/revisions/field-labels";
import { historyHref } from "@/lib/revisions/history-href";
import type { EntityType, RevisionAction } from "@/lib/revisions/record-revision";
import type { AtomEntry } from "./atom";
import type { FeedScope } from "./feed-scope";

export const FEED_SIZE = 50;

type Snapshot = Record<string, unknown> | null;

/** "Updated position: Russia on Territorial demands" starts with these. */
const verb: Record<RevisionAction, string> = {
  create: "New",
  update: "Updated",
  retract: "Retracted",
  restore: "Restored",
  revert: "Reverted",
  supersede: "Superseded",
  withdraw: "Withdrawn",
};

const enc = encodeURIComponent;
const text = (value: unknown) => (typeof value === "string" ? value : null);

/** The newest revisions in a scope, as Atom entries with absolute links on `origin`. */
export async function listFeedEntries(scope: FeedScope, origin: string, limit = FEED_SIZE): Promise<AtomEntry[]> {
  const where: Prisma.RevisionWhereInput =
    scope.records === null
      ? {}
      : {
          OR: Object.entries(scope.records)
            .filter(([, ids]) => ids.length > 0)
            .map(([entityType, ids]) => ({ entityType, entityId: { in: ids } })),
        };
  const revisions = await db.revision.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, entityType: true, entityId: true, action: true, actorLabel: true, note: true, before: true, after: true, createdAt: true },
  });
  const records = await lookUpRecords(revisions);

  return revisions.map((r) => {
    const type = r.entityType as EntityType;
    const action = r.action as RevisionAction;
    const snapshot = (r.after ?? r.before) as Snapshot;
    const current = records.get(`${type}:${r.entityId}`);
    const lead = `${verb[action] ?? r.action} ${type}`;
    const base = { id: `urn:parley:revision:${r.id}`, updated: r.createdAt, author: r.actorLabel };
    // A retracted record's history is hidden from readers (its history page is a 404):
    // the feed says only that something since retracted changed.
    if (!current || current.retracted) {
      return { ...base, title: `${lead} (since retracted)`, links: [{ rel: "alternate", href: `${origin}/changes` }], summary: "This record has since been retracted." };
    }
    const name = type === "position" ? positionName(snapshot, records) : describeRecord(type, snapshot, r.entityId);
    return {
      ...base,
      title: `${lead}: ${name}`,
      links: [
        { rel: "alternate", type: "text/html", href: `${origin}${current.href}` },
        { rel: "version-history", type: "text/html", title: "History of this record", href: `${origin}${historyHref(type, r.entityId)}` },
      ],
      summary: summarise(action, r.before as Snapshot, r.after as Snapshot, r.note),
    };
  });
}

function summarise(action: RevisionAction, before: Snapshot, after: Snapshot, note: string | null) {
  const fields = [...new Set(diffSnapshots(before, after).map((c) => fieldLabel(c.path[0]!)))];
  const what =
    action === "create"
      ? "Added to Parley."
      : action === "retract"
        ? "Retracted: readers no longer see it."
        : action === "restore"
          ? "Restored: readers see it again."
          : fields.length > 0
            ? `Changed: ${fields.join(", ")}.`
            : "No field changed.";
  return note ? `${what} Note: ${note}` : what;
}

function positionName(snapshot: Snapshot, records: Map<string, Found>) {
  const party = records.get(`party:${text(snapshot?.partyId)}`)?.name;
  const issue = records.get(`issue:${text(snapshot?.issueId)}`)?.name;
  return party && issue ? `${party} on ${issue}` : describeRecord("position", snapshot);
}

type Found = { retracted: boolean; href: string; name: string };

/**
 * Each changed record as it is now (where its page is, whether it is retracted), plus the
 * parties and issues position snapshots name, keyed "type:id".
 */
async function lookUpRecords(revisions: { entityType: string; entityId: string; before: unknown; after: unknown }[]) {
  const wanted = (type: EntityType) => [...new Set(revisions.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const fromPositions = (field: "partyId" | "issueId") =>
    revisions
      .filter((r) => r.entityType === "position")
      .map((r) => text(((r.after ?? r.before) as Snapshot)?.[field]))
      .filter((id): id is string => id !== null);
  const partyIds = [...new Set([...wanted("party"), ...fromPositions("partyId")])];
  const issueIds = [...new Set([...wanted("issue"), ...fromPositions("issueId")])];
  const pick = { id: true, retractedAt: true } as const;
  const [negotiations, parties, issues, positions, sources, events, commitments] = await Promise.all([
    db.negotiation.findMany({ where: { id: { in: wanted("negotiation") } }, select: { ...pick, slug: true, title: true } }),
    db.party.findMany({ where: { id: { in: partyIds } }, select: { ...pick, slug: true, shortName: true } }),
    db.issue.findMany({ where: { id: { in: issueIds } }, select: { ...pick, slug: true, name: true, negotiation: { select: { slug: true } } } }),
    db.position.findMany({ where: { id: { in: wanted("position") } }, select: pick }),
    db.source.findMany({ where: { id: { in: wanted("source") } }, select: pick }),
    db.event.findMany({ where: { id: { in: wanted("event") } }, select: { ...pick, slug: true } }),
    db.commitment.findMany({ where: { id: { in: wanted("commitment") } }, select: pick }),
  ]);
  const out = new Map<string, Found>();
  const put = (type: EntityType, row: { id: string; retractedAt: Date | null }, href: string, name = "") =>
    out.set(`${type}:${row.id}`, { retracted: row.retractedAt !== null, href, name });
  for (const n of negotiations) put("negotiation", n, `/negotiations/${enc(n.slug)}`, n.title);
  for (const p of parties) put("party", p, `/parties/${enc(p.slug)}`, p.shortName);
  for (const i of issues) put("issue", i, `/negotiations/${enc(i.negotiation.slug)}/issues/${enc(i.slug)}`, i.name);
  for (const p of positions) put("position", p, `/positions/${enc(p.id)}`);
  // Sources have no page of their own: their history is where to read about them.
  for (const s of sources) put("source", s, historyHref("source", s.id));
  for (const e of events) put("event", e, `/events/${enc(e.slug)}`);
  for (const c of commitments) put("commitment", c, `/commitments#commitment-${enc(c.id)}`);
  return out;
}
