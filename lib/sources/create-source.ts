import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { createWithRevision, type CreateArgs } from "@/lib/revisions/edit-commands";
import { sourceWriter } from "./source-writer";

/** Creates a source and its "create" revision, in one transaction. */
export async function createSource({ input, actor, note }: CreateArgs) {
  assertCanEdit(actor);
  return createWithRevision(sourceWriter, { input, actor, note });
}
