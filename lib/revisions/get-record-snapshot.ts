import "server-only";
import { db } from "@/lib/db/client";
import type { EntityType } from "./record-revision";
import { snapshotOf } from "./snapshot";

/**
 * A record's current full state, relations included, as an edit form or the API starts
 * from: its `version` is the one to send back with the change. Retracted records are
 * returned too (editors restore them); null when there is no such record.
 */
export function getRecordSnapshot<K extends EntityType>({ entityType, id }: { entityType: K; id: string }) {
  return snapshotOf(db, entityType, id);
}
