import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { issueWriter } from "./issue-writer";

/** Replaces a issue's editable fields, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updateIssue({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(issueWriter, { id, version, input, actor, note });
}
