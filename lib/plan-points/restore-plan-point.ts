import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { planPointWriter } from "./plan-point-writer";

/** Restores a retracted point to its plan. */
export async function restorePlanPoint({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(planPointWriter, { id, version, actor, note });
}
