"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword } from "@/lib/auth/change-password";
import { clientAddress } from "@/lib/auth/client-address";
import { formStateFromError, type FormState } from "@/lib/auth/form-state";
import { getActor } from "@/lib/auth/get-actor";
import { clearSessionCookie, readSessionToken } from "@/lib/auth/session-cookie";
import { signOutEverywhere, signOutSession } from "@/lib/auth/sign-out";
import { parseOrThrow } from "@/lib/errors/app-error";

export async function changePasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    const { otherSessionsEnded } = await changePassword({
      actor: await getActor(),
      sessionToken: await readSessionToken(),
      input: { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") },
      ip: clientAddress(await headers()),
    });
    const others =
      otherSessionsEnded === 0 ? "" : ` You were signed out on ${otherSessionsEnded} other browser${otherSessionsEnded === 1 ? "" : "s"}.`;
    return { status: "done", message: `Your password is changed.${others}` };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function signOutEverywhereAction(_previous: FormState): Promise<FormState> {
  try {
    await signOutEverywhere({ actor: await getActor() });
  } catch (error) {
    return formStateFromError(error);
  }
  await clearSessionCookie();
  redirect("/sign-in?ended=everywhere");
}

export async function signOutSessionAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    const { sessionId } = parseOrThrow(z.object({ sessionId: z.string().min(1).max(64) }), { sessionId: form.get("sessionId") });
    const { ended } = await signOutSession({ actor: await getActor(), sessionId });
    revalidatePath("/account");
    return { status: "done", message: ended ? "That browser is signed out." : "That browser was already signed out." };
  } catch (error) {
    return formStateFromError(error);
  }
}
