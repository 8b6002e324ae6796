import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { sourceWriter } from "./source-writer";

/** Retracts a source: readers no longer see it, its history stays, and `restoreSource` undoes it. */
export async function retractSource({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(sourceWriter, { id, version, actor, note });
}
