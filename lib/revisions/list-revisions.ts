import "server-only";
import { db } from "@/lib/db/client";
import { diffSnapshots } from "./diff-snapshots";
import { readerActorLabel } from "@/lib/auth/actor-label";


type Json = Record<string, unknown> | null;

/**
 * One record's history, newest first: who changed it, when (the recording date), how, why,
 * its state before and after, and the field-level changes. Readable by anyone who may see
 * the record; callers hide retracted records from readers.
 */
export async function listRevisions({ entityType, entityId }: { entityType: string; entityId: string }) {
  const rows = await db.revision.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, action: true, actorId: true, actorLabel: true, note: true, createdAt: true, before: true, after: true },
  });
  // Each change moves a record to its next version, so the version a revision left the
  // record at orders its history even when two changes share a timestamp.
  const versionOf = (r: (typeof rows)[number]) => Number((r.after as Json)?.version ?? 0);
  rows.sort((a, b) => versionOf(b) - versionOf(a) || b.createdAt.getTime() - a.createdAt.getTime());
  return rows.map((row) => {
    const before = row.before as Json;
    const after = row.after as Json;
    return { ...row, actorLabel: readerActorLabel(row.actorLabel), before, after, changes: diffSnapshots(before, after) };
  });
}

export type RevisionEntry = Awaited<ReturnType<typeof listRevisions>>[number];
