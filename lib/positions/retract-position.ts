import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { positionWriter } from "./position-writer";

/** Retracts a position: readers no longer see it, its history stays, and `restorePosition` undoes it. */
export async function retractPosition({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(positionWriter, { id, version, actor, note });
}
