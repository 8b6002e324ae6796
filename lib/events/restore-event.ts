import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { eventWriter } from "./event-writer";

/** Restores a retracted event, so readers see it again. */
export async function restoreEvent({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(eventWriter, { id, version, actor, note });
}
