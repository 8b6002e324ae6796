import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { eventWriter } from "./event-writer";

/** Creates a event and its "create" revision, in one transaction. */
export async function createEvent({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(eventWriter, { input, actor, note });
}
