import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { negotiationWriter } from "./negotiation-writer";

/** Restores a retracted negotiation, so readers see it again. */
export async function restoreNegotiation({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(negotiationWriter, { id, version, actor, note });
}
