import type { DbOrTx } from "@/lib/db/client";
import { syncSearchIndex } from "@/lib/search/sync-search-index";
import type { Actor } from "@/lib/auth/actor";
import { noteTouched } from "./write-transaction";

// "supersede" and "withdraw" mark the two ways a statement stops being current, so the
// history says which happened rather than a bare "update"; "reinstate", a statement current
// again because the one that followed it was retracted, re-dated or moved.
export const revisionActions = ["create", "update", "retract", "restore", "revert", "supersede", "withdraw", "reinstate"] as const;
export type RevisionAction = (typeof revisionActions)[number];

type Snapshot = Record<string, unknown> | null;

/**
 * Appends one revision. Call it inside the transaction that makes the change, after the
 * change, so a change and its history are written together or not at all. It also brings
 * the search index up to date with the change: every change is recorded, so none can
 * leave the index behind.
 */
export async function recordRevision(
  tx: DbOrTx,
  input: {
    /** The kind's name (lib/records/registry.ts). */
    entityType: string;
    entityId: string;
    action: RevisionAction;
    actor: Actor;
    before: Snapshot;
    after: Snapshot;
    note?: string | null;
  },
) {
  await syncSearchIndex(tx, input);
  noteTouched(input);
  return tx.revision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      actorId: input.actor.id,
      actorLabel: input.actor.label,
      note: input.note ?? null,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}

// Dates become ISO strings so a snapshot reads the same on both engines.
function toJson(snapshot: Snapshot) {
  return snapshot === null ? undefined : JSON.parse(JSON.stringify(snapshot));
}
