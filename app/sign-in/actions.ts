"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { formStateFromError, safeReturnPath, type FormState } from "@/lib/auth/form-state";
import { clearSessionCookie, readSessionToken, setSessionCookie } from "@/lib/auth/session-cookie";
import { signIn } from "@/lib/auth/sign-in";
import { signOut } from "@/lib/auth/sign-out";

/** `newPasswordRequired`: the account must choose a new password, so the form asks for one. */
export type SignInState = FormState & { newPasswordRequired?: boolean };

export async function signInAction(previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const newPassword = form.get("newPassword");
  try {
    const session = await signIn({
      email,
      password: form.get("password"),
      newPassword: newPassword === null ? undefined : newPassword,
      ip: clientAddress(await headers()),
    });
    // Signing in as someone else ends the session this browser had.
    await signOut({ token: await readSessionToken() });
    await setSessionCookie(session.token, session.expiresAt);
  } catch (error) {
    const state = formStateFromError(error, { email });
    // Once asked for, the new password stays asked for until the sign-in goes through.
    return { ...state, newPasswordRequired: !!state.fieldErrors?.newPassword || (!!previous.newPasswordRequired && newPassword !== null) };
  }
  redirect(safeReturnPath(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut({ token: await readSessionToken() });
  await clearSessionCookie();
  redirect("/");
}
