import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { areaWriter } from "./area-writer";

/** Retracts an area: readers no longer see it, its history stays, and `restoreArea` undoes it. */
export async function retractArea({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(areaWriter, { id, version, actor, note });
}
