import "server-only";
import { recordRefs } from "./record-refs";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/app-error";
import { describeRecord } from "./describe-record";
import { findRecordKind } from "./registry";
import { readerActorLabel } from "@/lib/auth/actor-label";

const recentChangesQuery = z.strictObject({
  cursor: z.string().min(1).max(100).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

type Json = Record<string, unknown> | null;

/**
 * Every change to any record, newest first (by recording date), a page at a time: pass the
 * previous page's `nextCursor` to get the next. Each item names its record as it was after
 * the change, and says whether the record is retracted now, so pages can hide those.
 */
export async function listRecentChanges({ cursor, limit = 50 }: { cursor?: string | null; limit?: number } = {}) {
  const query = parseOrThrow(recentChangesQuery, { cursor: cursor || undefined, limit });
  const rows = await db.revision.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: { id: true, entityType: true, entityId: true, action: true, actorLabel: true, note: true, createdAt: true, before: true, after: true },
  });
  const page = rows.slice(0, query.limit);
  const retracted = await retractedIds(page);

  return {
    items: page.map(({ before, after, ...row }) => ({
      ...row,
      actorLabel: readerActorLabel(row.actorLabel),
      label: describeRecord(row.entityType, (after ?? before) as Json, row.entityId),
      retracted: retracted.has(`${row.entityType}:${row.entityId}`),
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export type RecentChange = Awaited<ReturnType<typeof listRecentChanges>>["items"][number];

/** The records among `rows` that are retracted now, keyed "kind:id"; a kind Parley no longer keeps counts as retracted. */
export async function retractedIds(rows: { entityType: string; entityId: string }[]) {
  const out = new Set<string>();
  const byKind = new Map<string, Set<string>>();
  for (const r of rows) byKind.set(r.entityType, (byKind.get(r.entityType) ?? new Set()).add(r.entityId));
  for (const [entityType, ids] of byKind) {
    const kind = findRecordKind(entityType);
    const refs = kind ? await recordRefs(db, kind, [...ids]) : [];
    const visible = new Set(refs.filter((ref) => !ref.retracted).map((ref) => ref.id));
    for (const id of ids) if (!visible.has(id)) out.add(`${entityType}:${id}`);
  }
  return out;
}
