import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { areaWriter } from "./area-writer";

/** Replaces an area's editable fields, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updateArea({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(areaWriter, { id, version, input, actor, note });
}
