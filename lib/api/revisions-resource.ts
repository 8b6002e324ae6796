import "server-only";
// The change history through the API, newest first by recording date. As on the history
// pages, changes to records that are retracted now are left out for readers, who no longer
// see those records, and shown to editors, who may restore or revert them.
import { db, type Prisma } from "@/lib/db/client";
import { decodeCursor, encodeCursor } from "@/lib/http/cursor";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { hiddenLinks, withoutHiddenLinks } from "@/lib/records/hidden-links";
import { recordRefs } from "@/lib/records/record-refs";
import { entityTypes, findRecordKind, recordKind, type EntityType } from "@/lib/records/registry";
import { apiPath } from "./links";
import type { ListPage } from "./resource";
import type { RevisionItem, RevisionListQuery } from "./schemas/revisions";
import { iso } from "./list-query";
import { recordsOfFilters } from "@/lib/records/filter-records";
import { refuseFiltersNamingNothing } from "@/lib/records/named-filters";
import { newestRevisions, revisionRowSelect } from "@/lib/revisions/newest-revisions";
import { readerActorLabel } from "@/lib/auth/actor-label";

type Row = {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorLabel: string;
  note: string | null;
  createdAt: Date;
  before: unknown;
  after: unknown;
};

function toItem(row: Row): RevisionItem {
  return {
    ...row,
    actorLabel: readerActorLabel(row.actorLabel),
    entityType: row.entityType as RevisionItem["entityType"],
    action: row.action as RevisionItem["action"],
    before: (row.before ?? null) as RevisionItem["before"],
    after: (row.after ?? null) as RevisionItem["after"],
    createdAt: iso(row.createdAt),
    links: { self: apiPath("revisions", row.id), record: apiPath(findRecordKind(row.entityType)?.api.path ?? "", row.entityId) },
  };
}

/** Who reads the history: an editor (a session or a write token) sees retracted records' changes too. */
export type HistoryViewer = { editor: boolean };
export const asReader: HistoryViewer = { editor: false };

/** The rows as items; for readers, each snapshot without the words of its links to records they may not see (lib/records/hidden-links.ts). */
async function toItems(rows: Row[], { editor }: HistoryViewer): Promise<RevisionItem[]> {
  const hidden = editor ? new Set<string>() : await hiddenLinks(db, rows.flatMap((r) => [r.before, r.after]));
  return rows.map((r) => toItem({ ...r, before: withoutHiddenLinks(r.before, hidden), after: withoutHiddenLinks(r.after, hidden) }));
}

type Finder = { findMany(args: { where: object; select: { id: true } }): Promise<{ id: string }[]> };

/** The records readers may not see, by each kind's own rule (a position of a retracted party too), as `type:id` keys. */
async function retractedRecords(only?: EntityType): Promise<Set<string>> {
  const types = only ? [only] : entityTypes;
  const found = await Promise.all(
    types.map(async (type) => {
      const rows = await (db[type] as unknown as Finder).findMany({ where: { NOT: recordKind(type).visible }, select: { id: true } });
      return rows.map((r) => hiddenKey(type, r.id));
    }),
  );
  return new Set(found.flat());
}

const hiddenKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/** Revisions scanned per statement while leaving out hidden ones; a page needs one statement unless many are hidden. */
const scanPart = 200;

export async function listRevisionItems(query: RevisionListQuery, viewer: HistoryViewer): Promise<ListPage<RevisionItem>> {
  // Both named wrongly: say so of both at once (the changes page passes only filters it found).
  await refuseFiltersNamingNothing({ negotiation: query.negotiation, party: query.party });
  const records = await recordsOfFilters({ negotiation: query.negotiation, party: query.party, only: query.entityType });
  if (query.entityType && query.entityId) {
    if (records && !records[query.entityType]?.includes(query.entityId)) return { items: [], nextCursor: null };
    return recordHistory(query, query.entityType, query.entityId, viewer);
  }
  const hidden = viewer.editor ? new Set<string>() : await retractedRecords(query.entityType);
  const where: Prisma.RevisionWhereInput = {
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.since ? { createdAt: { gte: new Date(query.since) } } : {}),
  };
  // Hidden revisions are passed over here rather than named in the statement: naming every
  // retracted record would outgrow a statement's bound values (999 on SQLite).
  const rows: Row[] = [];
  const take = Math.max(scanPart, query.limit + 1);
  let after = decodeCursor(query.cursor);
  for (;;) {
    const part = await newestRevisions({ where, records, after, take });
    rows.push(...part.filter((r) => !hidden.has(hiddenKey(r.entityType, r.entityId))));
    if (rows.length > query.limit || part.length < take) break;
    after = part.at(-1)!.id;
  }
  const items = rows.slice(0, query.limit);
  return { items: await toItems(items, viewer), nextCursor: rows.length > query.limit ? encodeCursor(items.at(-1)!.id) : null };
}

/** One record's history, from the same function as its history page (ordered by version). */
async function recordHistory(query: RevisionListQuery, entityType: EntityType, entityId: string, viewer: HistoryViewer) {
  if (!viewer.editor && (await retractedRecords(entityType)).has(hiddenKey(entityType, entityId))) return { items: [], nextCursor: null };
  const since = query.since ? new Date(query.since) : null;
  const all = (await listRevisions({ entityType, entityId })).filter(
    (r) => (!query.action || r.action === query.action) && (!since || r.createdAt >= since),
  );
  const after = decodeCursor(query.cursor);
  const start = after ? all.findIndex((r) => r.id === after) + 1 : 0;
  const rows = start > 0 || !after ? all.slice(start, start + query.limit + 1) : [];
  const items = rows.slice(0, query.limit);
  return {
    items: await toItems(
      items.map(({ changes: _derived, ...r }) => ({ ...r, entityType, entityId })),
      viewer,
    ),
    nextCursor: rows.length > query.limit ? encodeCursor(items.at(-1)!.id) : null,
  };
}

export async function getRevisionItem(id: string, viewer: HistoryViewer): Promise<RevisionItem | null> {
  const row = await db.revision.findUnique({ where: { id }, select: revisionRowSelect });
  const kind = row && findRecordKind(row.entityType);
  if (!row || !kind) return null;
  const [record] = await recordRefs(db, kind, [row.entityId]);
  return record && (viewer.editor || !record.retracted) ? (await toItems([row], viewer))[0]! : null;
}
