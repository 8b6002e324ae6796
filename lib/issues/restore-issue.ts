import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { issueWriter } from "./issue-writer";

/** Restores a retracted issue, so readers see it again. */
export async function restoreIssue({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(issueWriter, { id, version, actor, note });
}
