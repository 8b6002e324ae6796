"use server";
// Retract and restore, for every kind of record, from the record's edit page. The domain
// checks the role and the version; the page shows the outcome after the redirect.
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeReturnPath } from "@/lib/auth/form-state";
import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { getActor } from "@/lib/auth/get-actor";
import { isStaleVersion, parseOrThrow } from "@/lib/errors/app-error";
import { entityTypes, recordKind } from "@/lib/records/registry";

const request = z.object({
  change: z.enum(["retract", "restore"]),
  entityType: z.enum(entityTypes),
  id: z.string().min(1).max(100),
  version: z.coerce.number({ error: "Reload the page and try again" }).int().positive(),
});

export async function changeRetractionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const returnTo = safeReturnPath(form.get("returnTo"));
  try {
    const { change, entityType, id, version } = parseOrThrow(request, Object.fromEntries(form));
    await recordKind(entityType).commands[change]({ id, version, actor: await getActor(), note: form.get("note") as string | null });
  } catch (error) {
    if (isStaleVersion(error)) {
      return { status: "error", message: "Someone else changed this record after you opened this page, so nothing changed. Reload the page to see their change, then decide again." };
    }
    return formStateFromError(error);
  }
  redirect(returnTo);
}
