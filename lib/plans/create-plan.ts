import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { planWriter } from "./plan-writer";

/** Creates a plan and its "create" revision, in one transaction; its points are records of their own. */
export async function createPlan({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(planWriter, { input, actor, note });
}
