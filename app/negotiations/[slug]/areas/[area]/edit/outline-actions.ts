"use server";
import { redirect } from "next/navigation";
import type { OutlineFormState } from "@/lib/areas/outline-form-state";
import { OUTLINE_FILE, OUTLINE_TEXT } from "@/lib/areas/outline-form-state";
import type { AreaSnapshot } from "@/lib/areas/area-snapshot";
import { setAreaOutline } from "@/lib/areas/set-area-outline";
import { getActor } from "@/lib/auth/get-actor";
import { canEdit } from "@/lib/auth/permissions";
import { isAppError, isStaleVersion } from "@/lib/errors/app-error";
import { negotiationSlugOf } from "@/lib/forms/find-record";
import { previewOutline } from "@/lib/maps/preview-outline";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";

/** Preview an uploaded or pasted outline, save it, or remove the area's drawn outline. */
export async function areaOutlineAction(previous: OutlineFormState, form: FormData): Promise<OutlineFormState> {
  const id = String(form.get("id") ?? "");
  const version = Number(form.get("version"));
  const intent = form.get("intent");
  const file = form.get(OUTLINE_FILE);
  // A chosen file wins; with scripts on, the form has already read it into the text field.
  const text = file instanceof File && file.size > 0 ? await file.text() : String(form.get(OUTLINE_TEXT) ?? "");
  const state = { text, version, seq: previous.seq + 1 };
  const fail = (message: string, errors?: string[]): OutlineFormState => ({ ...state, status: "error", message, errors });

  if (!canEdit(await getActor())) return fail("Sign in as an editor to change the area's outline.");
  const area = await getRecordSnapshot<AreaSnapshot>({ entityType: "area", id });
  if (!area || area.retractedAt) return fail("This area no longer exists, or has been retracted.");

  if (intent === "preview") {
    const preview = await previewOutline({ negotiationId: area.negotiationId, areaSlug: area.slug, label: area.name, outline: text });
    if ("errors" in preview) return fail("The outline was not previewed: fix the GeoJSON and preview it again.", preview.errors);
    return { ...state, status: "preview", message: "Check the preview, then save the outline.", preview };
  }
  try {
    await setAreaOutline({ id, version, outline: intent === "remove" ? null : text, actor: await getActor(), note: String(form.get("note") ?? "") || null });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const { details, message } = error;
    if (isStaleVersion(error)) return fail("Someone else saved this area since you opened the page. Nothing was saved: reload the page and upload the outline again.");
    return fail("Nothing was saved: fix the GeoJSON and try again.", details.fieldErrors?.outline ?? [message]);
  }
  const negotiation = await negotiationSlugOf(area.negotiationId);
  redirect(`/negotiations/${encodeURIComponent(negotiation ?? "")}/areas/${encodeURIComponent(area.slug)}/edit?outline=${intent === "remove" ? "removed" : "saved"}#outline`);
}
