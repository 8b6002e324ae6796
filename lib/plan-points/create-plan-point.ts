import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { planPointWriter } from "./plan-point-writer";

/** Adds a point to a plan, with its "create" revision, in one transaction. */
export async function createPlanPoint({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(planPointWriter, { input, actor, note });
}
