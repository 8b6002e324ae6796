import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { planWriter } from "./plan-writer";

/** Restores a retracted plan, so readers see it and its points again. */
export async function restorePlan({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(planWriter, { id, version, actor, note });
}
