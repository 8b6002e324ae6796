import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { sourceWriter } from "./source-writer";

/** Restores a retracted source, so readers see it again. */
export async function restoreSource({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(sourceWriter, { id, version, actor, note });
}
