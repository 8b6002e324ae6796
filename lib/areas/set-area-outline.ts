import "server-only";
// An area's drawn outline, set or removed on its own (the area form's outline section):
// the rest of the area as stored, through the area writer, so the change is a revision
// like any other and a stale version is a conflict.
import type { UpdateArgs } from "@/lib/revisions/edit-commands";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { toAreaInput } from "./area-input";
import { loadAreaSnapshot } from "./area-snapshot";
import { updateArea } from "./update-area";

/** `outline`: GeoJSON text or value, validated by the area's schema; null removes it. */
export async function setAreaOutline({ id, version, outline, actor, note }: Omit<UpdateArgs, "input"> & { outline: unknown }) {
  const stored = await loadAreaSnapshot(db, id);
  if (!stored || stored.retractedAt) throw new AppError("not-found", "There is no such area");
  return updateArea({ id, version, input: { ...toAreaInput(stored), outline }, actor, note });
}
