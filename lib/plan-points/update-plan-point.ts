import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { updateWithRevision, type UpdateArgs } from "@/lib/revisions/edit-commands";
import { planPointWriter } from "./plan-point-writer";

/** Replaces a point's number, summary, issues and mapping, provided it is still at `version`; a stale version throws a conflict carrying the current point. */
export async function updatePlanPoint({ id, version, input, actor, note }: UpdateArgs) {
  assertCanEdit(actor);
  return updateWithRevision(planPointWriter, { id, version, input, actor, note });
}
