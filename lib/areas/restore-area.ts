import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { restoreWithRevision, type RestoreArgs } from "@/lib/revisions/edit-commands";
import { areaWriter } from "./area-writer";

/** Restores a retracted area, so readers see it again. */
export async function restoreArea({ id, version, actor, note }: RestoreArgs) {
  assertCanEdit(actor);
  return restoreWithRevision(areaWriter, { id, version, actor, note });
}
