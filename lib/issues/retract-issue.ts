import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { issueWriter } from "./issue-writer";

/** Retracts a issue: readers no longer see it, its history stays, and `restoreIssue` undoes it. */
export async function retractIssue({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(issueWriter, { id, version, actor, note });
}
