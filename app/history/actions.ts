"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeReturnPath } from "@/lib/auth/form-state";
import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { getActor } from "@/lib/auth/get-actor";
import { isStaleVersion, parseOrThrow } from "@/lib/errors/app-error";
import { revertToRevision } from "@/lib/records/revert-to-revision";

const revertForm = z.object({
  revisionId: z.string().min(1).max(100),
  version: z.coerce.number({ error: "Reload the page and try again" }).int().positive(),
  note: z.string().max(100_000).optional(),
});

/** "Revert to this version" on a history page: parse, call the domain, report in words. */
export async function revertAction(_previous: FormState, form: FormData): Promise<FormState> {
  const returnTo = safeReturnPath(form.get("returnTo"));
  try {
    const input = parseOrThrow(revertForm, {
      revisionId: form.get("revisionId"),
      version: form.get("version"),
      note: form.get("note") ?? undefined,
    });
    const record = await revertToRevision({ ...input, actor: await getActor() });
    // The domain writes nothing when the record already holds that version's state (or, for
    // a statement, only its status differs, which follows from the dates): no revert to list.
    if (record.version === input.version) {
      return { status: "done", message: "Nothing to revert: the record already holds what that version held, so nothing changed and no revision was added." };
    }
    revalidatePath(returnTo);
    revalidatePath("/changes");
    return { status: "done", message: `Reverted. The record is now at version ${record.version}; the revert is listed at the top.` };
  } catch (error) {
    if (isStaleVersion(error)) {
      return { status: "error", message: "Someone else changed this record after you opened this page, so nothing was reverted. Reload the page to see their change, then decide again." };
    }
    return formStateFromError(error);
  }
}
