import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import type { RecordRow } from "./snapshot";

/**
 * A record as it stood at `version`: every change leaves a revision whose `after` holds the
 * whole record, its version included. Null when the record's history holds no such version.
 */
export async function getSnapshotAtVersion<S extends RecordRow>(
  tx: DbOrTx,
  { entityType, id, version }: { entityType: string; id: string; version: number },
): Promise<S | null> {
  // A record has few revisions; reading their versions here reads the same on both engines,
  // whose JSON filters differ.
  const revisions = await tx.revision.findMany({ where: { entityType, entityId: id }, select: { after: true } });
  const at = revisions.map((r) => r.after as S | null).find((after) => after?.version === version);
  return at ?? null;
}
