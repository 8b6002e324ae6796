import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { negotiationWriter } from "./negotiation-writer";

/** Creates a negotiation and its "create" revision, in one transaction. */
export async function createNegotiation({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(negotiationWriter, { input, actor, note });
}
