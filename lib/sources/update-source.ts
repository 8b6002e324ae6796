import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { sourceWriter } from "./source-writer";

/** Replaces a source's editable fields, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updateSource({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(sourceWriter, { id, version, input, actor, note });
}
