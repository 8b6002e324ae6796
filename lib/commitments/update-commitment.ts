import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { commitmentWriter } from "./commitment-writer";

/** Replaces a commitment's editable fields, parties and sources, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updateCommitment({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(commitmentWriter, { id, version, input, actor, note });
}
