import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { commitmentWriter } from "./commitment-writer";

/** Restores a retracted commitment, so readers see it again. */
export async function restoreCommitment({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(commitmentWriter, { id, version, actor, note });
}
