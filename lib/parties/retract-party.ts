import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { partyWriter } from "./party-writer";

/** Retracts a party: readers no longer see it, its history stays, and `restoreParty` undoes it. */
export async function retractParty({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(partyWriter, { id, version, actor, note });
}
