// What a server action hands back to its form: field errors beside fields, one message
// for the live region, and the values to show again. Shared by the actions in app/ and
// the client forms in components/auth/.
import { isAppError, type FieldErrors } from "@/lib/errors/app-error";

export type FormState = {
  status: "idle" | "error" | "done";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
};

export const idleForm: FormState = { status: "idle" };

/** Maps a domain error to form state; anything else is a bug and is rethrown. */
export function formStateFromError(error: unknown, values?: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
  return { status: "error", message: error.message, fieldErrors: error.details.fieldErrors, values };
}

/** Where to go after signing in: only paths on this site, never another origin. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return /[\u0000-\u001F]/.test(value) ? "/" : value;
}
