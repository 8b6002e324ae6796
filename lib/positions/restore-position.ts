import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { positionWriter } from "./position-writer";

/** Restores a retracted position, so readers see it again. */
export async function restorePosition({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(positionWriter, { id, version, actor, note });
}
