import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { commitmentWriter } from "./commitment-writer";

/** Creates a commitment and its "create" revision, in one transaction. */
export async function createCommitment({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(commitmentWriter, { input, actor, note });
}
