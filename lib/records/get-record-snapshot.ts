import "server-only";
import { db } from "@/lib/db/client";
import type { RecordRow } from "@/lib/revisions/snapshot";
import { recordKind } from "./registry";

/**
 * A record's current full state, relations included, as an edit form or the API starts
 * from: its `version` is the one to send back with the change. Retracted records are
 * returned too (editors restore them); null when there is no such record.
 */
export function getRecordSnapshot<S extends RecordRow = RecordRow>({ entityType, id }: { entityType: string; id: string }) {
  return recordKind(entityType).writer.load(db, id) as Promise<S | null>;
}
