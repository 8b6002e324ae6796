import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { areaWriter } from "./area-writer";

/** Creates an area and its "create" revision, in one transaction. */
export async function createArea({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(areaWriter, { input, actor, note });
}
