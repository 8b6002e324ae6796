import "server-only";
import { recordRefs } from "./record-refs";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/app-error";
import { describeRecord } from "./describe-record";
import type { NameOf } from "./record-kind";
import { idsByKind } from "./ids";
import { findRecordKind } from "./registry";
import { readerActorLabel } from "@/lib/auth/actor-label";
import { newestRevisions, type RecordsByKind, type RevisionRow } from "@/lib/revisions/newest-revisions";

const recentChangesQuery = z.strictObject({
  cursor: z.string().min(1).max(100).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

type Json = Record<string, unknown> | null;

/**
 * Every change to any record (or to the `records` given, a negotiation's, or to records of
 * one `entityType`), newest first by recording date, a page at a time: pass the previous
 * page's `nextCursor` to get the next. Each item names its record as it was after the change,
 * and says whether the record is retracted now, so pages can hide those.
 */
export async function listRecentChanges({
  cursor,
  limit = 50,
  records = null,
  entityType,
}: { cursor?: string | null; limit?: number; records?: RecordsByKind | null; entityType?: string } = {}) {
  const query = parseOrThrow(recentChangesQuery, { cursor: cursor || undefined, limit });
  const where = entityType ? { entityType } : {};
  const rows = await newestRevisions({ where, records, after: query.cursor, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return {
    items: await describeChanges(page),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * Revisions as change lists show them: each record named as it was after the change (with the
 * names `nameOf` gives of what it refers to), readers' labels for who made it, and whether the
 * record is retracted now.
 */
export async function describeChanges(rows: RevisionRow[], nameOf?: NameOf) {
  const retracted = await retractedIds(rows);
  return rows.map(({ before, after, ...row }) => ({
    ...row,
    actorLabel: readerActorLabel(row.actorLabel),
    label: describeRecord(row.entityType, (after ?? before) as Json, row.entityId, nameOf),
    retracted: retracted.has(`${row.entityType}:${row.entityId}`),
  }));
}

export type RecentChange = Awaited<ReturnType<typeof describeChanges>>[number];

/** The records among `rows` that are retracted now, keyed "kind:id"; a kind Parley no longer keeps counts as retracted. */
export async function retractedIds(rows: { entityType: string; entityId: string }[]) {
  const out = new Set<string>();
  await Promise.all(
    [...idsByKind(rows)].map(async ([entityType, ids]) => {
      const kind = findRecordKind(entityType);
      const refs = kind ? await recordRefs(db, kind, [...ids]) : [];
      const visible = new Set(refs.filter((ref) => !ref.retracted).map((ref) => ref.id));
      for (const id of ids) if (!visible.has(id)) out.add(`${entityType}:${id}`);
    }),
  );
  return out;
}
