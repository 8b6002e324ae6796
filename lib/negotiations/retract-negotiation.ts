import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { negotiationWriter } from "./negotiation-writer";

/** Retracts a negotiation: readers no longer see it, its history stays, and `restoreNegotiation` undoes it. */
export async function retractNegotiation({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(negotiationWriter, { id, version, actor, note });
}
