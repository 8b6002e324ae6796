import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { planPointWriter } from "./plan-point-writer";

/** Retracts a point: readers no longer see it in its plan or in diffs; `restorePlanPoint` undoes it. */
export async function retractPlanPoint({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(planPointWriter, { id, version, actor, note });
}
