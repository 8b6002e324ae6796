import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { eventWriter } from "./event-writer";

/** Replaces a event's editable fields, participants and sources, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updateEvent({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(eventWriter, { id, version, input, actor, note });
}
