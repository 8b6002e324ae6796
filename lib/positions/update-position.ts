import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { positionWriter } from "./position-writer";

/** Replaces a position's editable fields and citations, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updatePosition({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(positionWriter, { id, version, input, actor, note });
}
