"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword } from "@/lib/auth/change-password";
import { clientAddress } from "@/lib/auth/client-address";
import { formStateFromError, type FormState } from "@/lib/auth/form-state";
import { getActor } from "@/lib/auth/get-actor";
import { clearSessionCookie, readSessionToken } from "@/lib/auth/session-cookie";
import { signOutEverywhere } from "@/lib/auth/sign-out";

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
