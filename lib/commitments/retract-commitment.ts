import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { commitmentWriter } from "./commitment-writer";

/** Retracts a commitment: readers no longer see it, its history stays, and `restoreCommitment` undoes it. */
export async function retractCommitment({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(commitmentWriter, { id, version, actor, note });
}
