// The forms' state model lives in lib/forms/form-state.ts; the account forms (sign-in,
// admin) take it from here too, with the one rule they add.
export { formStateFromError, idleForm, type FormState } from "@/lib/forms/form-state";

/** Where to go after signing in: only paths on this site, never another origin. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return /[\u0000-\u001F]/.test(value) ? "/" : value;
}
