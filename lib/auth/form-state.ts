// The forms' state model lives in lib/forms/form-state.ts; the account forms (sign-in,
// admin) take it from here too, with the one rule they add.
import type { FormState } from "@/lib/forms/form-state";
export { formStateFromError, idleForm, type FormState } from "@/lib/forms/form-state";

/** A server action behind an account form: the form's last state and data in, its next state out.
 * Pages pass these to the forms as props, so components never import from app/. */
export type FormAction<S extends FormState = FormState> = (previous: S, form: FormData) => Promise<S>;

/** `newPasswordRequired`: the account must choose a new password, so the form asks for one. */
export type SignInState = FormState & { newPasswordRequired?: boolean };

/** `temporaryPassword`: shown once to the admin who required a new password. */
export type PasswordResetState = FormState & { temporaryPassword?: string };

/** `token`: the new token's secret, shown once. */
export type IssueTokenState = FormState & { token?: string };

/** Where to go after signing in: only paths on this site, never another origin. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return /[\u0000-\u001F]/.test(value) ? "/" : value;
}
