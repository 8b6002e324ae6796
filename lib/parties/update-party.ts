import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { partyWriter } from "./party-writer";

/** Replaces a party's editable fields, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updateParty({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(partyWriter, { id, version, input, actor, note });
}
