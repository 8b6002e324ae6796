"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { formStateFromError, safeReturnPath, type FormState } from "@/lib/auth/form-state";
import { clearSessionCookie, readSessionToken, setSessionCookie } from "@/lib/auth/session-cookie";
import { signIn } from "@/lib/auth/sign-in";
import { signOut } from "@/lib/auth/sign-out";

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "");
  try {
    const session = await signIn({ email, password: form.get("password"), ip: clientAddress(await headers()) });
    // Signing in as someone else ends the session this browser had.
    await signOut({ token: await readSessionToken() });
    await setSessionCookie(session.token, session.expiresAt);
  } catch (error) {
    return formStateFromError(error, { email });
  }
  redirect(safeReturnPath(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut({ token: await readSessionToken() });
  await clearSessionCookie();
  redirect("/");
}
