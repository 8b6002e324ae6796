import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { retractWithRevision, type RetractArgs } from "@/lib/revisions/edit-commands";
import { planWriter } from "./plan-writer";

/** Retracts a plan: readers no longer see it or its points, its history stays, and `restorePlan` undoes it. */
export async function retractPlan({ id, version, actor, note }: RetractArgs) {
  assertCanEdit(actor);
  return retractWithRevision(planWriter, { id, version, actor, note });
}
