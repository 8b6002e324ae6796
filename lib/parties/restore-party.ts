import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { partyWriter } from "./party-writer";

/** Restores a retracted party, so readers see it again. */
export async function restoreParty({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(partyWriter, { id, version, actor, note });
}
