import type { DbOrTx } from "@/lib/db/client";
import { seedActor } from "@/lib/auth/actor";
import type { EntityType } from "@/lib/records/registry";
import { recordKind } from "@/lib/records/registry";
import { recordRevision } from "@/lib/revisions/record-revision";

/**
 * A seeded record's "create" revision, holding the record as its kind's writer reads it (a
 * statement with its citations and status, an event with its parties and sources), the
 * shape every later revision of it has: its history's "as first recorded" is then what the
 * seed loaded. Call it once the record and everything it holds are written.
 */
export async function recordSeededCreation(tx: DbOrTx, entityType: EntityType, id: string) {
  const after = await recordKind(entityType).writer.load(tx, id);
  if (!after) throw new Error(`Seed: the ${entityType} ${id} just written cannot be read back`);
  await recordRevision(tx, { entityType, entityId: id, action: "create", actor: seedActor, before: null, after, note: "Loaded from the seed data" });
}
