import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { positionWriter } from "./position-writer";

/** Creates a position (statuses of its party's statements on the issue follow from the dates) and its "create" revision, in one transaction. */
export async function createPosition({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(positionWriter, { input, actor, note });
}
