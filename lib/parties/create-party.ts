import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { partyWriter } from "./party-writer";

/** Creates a party and its "create" revision, in one transaction. */
export async function createParty({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(partyWriter, { input, actor, note });
}
