import "server-only";
// When a record was last edited, from its revisions: a record's own `updatedAt` also moves
// when Parley recomputes something derived (a position's status after another statement),
// which no reader would call an edit.
import { db } from "@/lib/db/client";

export async function lastEditedAt(entityType: string, entityId: string): Promise<Date | null> {
  const latest = await db.revision.findFirst({ where: { entityType, entityId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return latest?.createdAt ?? null;
}
