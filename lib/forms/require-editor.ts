import "server-only";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { assertCanEdit, canEdit as mayEdit, type SignedInActor } from "@/lib/auth/permissions";

/** For editing pages: the signed-in editor or admin, or a redirect to sign in and come back. */
export async function requireEditorPage(returnTo: string): Promise<SignedInActor> {
  const actor = await getActor();
  try {
    assertCanEdit(actor);
  } catch {
    redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  }
  return actor;
}

/** Whether the current visitor may edit: for edit links on reading pages. */
export async function canEdit(): Promise<boolean> {
  return mayEdit(await getActor());
}
