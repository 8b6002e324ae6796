import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { issueWriter } from "./issue-writer";

/** Creates a issue and its "create" revision, in one transaction. */
export async function createIssue({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(issueWriter, { input, actor, note });
}
