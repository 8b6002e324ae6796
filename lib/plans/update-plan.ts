import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { planWriter } from "./plan-writer";

/** Replaces a plan's editable fields, authors, sources and dropped points, provided it is still at `version`; a stale version throws a conflict carrying the current record. */
export async function updatePlan({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(planWriter, { id, version, input, actor, note });
}
