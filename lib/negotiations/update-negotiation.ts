import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { negotiationWriter } from "./negotiation-writer";

/** Replaces a negotiation's editable fields and seats, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updateNegotiation({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(negotiationWriter, { id, version, input, actor, note });
}
