import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { eventWriter } from "./event-writer";

/** Retracts a event: readers no longer see it, its history stays, and `restoreEvent` undoes it. */
export async function retractEvent({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(eventWriter, { id, version, actor, note });
}
