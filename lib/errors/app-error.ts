// A typed domain error with a user-safe message. Domain functions throw it; each door
// (server action, route handler) maps it once: not-found → 404, conflict → 409/412,
// validation → 422 with field errors, forbidden → 403, unauthenticated → 401.
// Anything else is a bug: logged, never shown raw.
import type { z } from "zod";
import "@/lib/validation/plain-messages";

export type AppErrorCode =
  | "validation"
  | "not-found"
  | "conflict"
  | "forbidden"
  | "unauthenticated"
  | "rate-limited"
  | "precondition-required";

/** Messages per field path ("summary", "terms.claims.0.area"); "" holds form-wide ones. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: {
      fieldErrors?: FieldErrors;
      current?: unknown;
      retryAfterSeconds?: number;
      /** Why a conflict: "stale-version" when someone else saved the record since the caller read it. */
      reason?: "stale-version";
    } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A conflict because the record moved on since the caller read it (not because of its state). */
export function isStaleVersion(error: unknown): error is AppError {
  return isAppError(error) && error.code === "conflict" && error.details.reason === "stale-version";
}

/**
 * Field errors as a plain object, for what a server action hands its form: React sends the
 * client plain objects only, and the maps built here have no prototype. Each key is defined
 * rather than assigned, so a key such as "__proto__" stays a key.
 */
export function plainFieldErrors(errors: FieldErrors): FieldErrors;
export function plainFieldErrors(errors: FieldErrors | undefined): FieldErrors | undefined;
export function plainFieldErrors(errors: FieldErrors | undefined): FieldErrors | undefined {
  return errors && Object.fromEntries(Object.entries(errors));
}

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  // No prototype: a path can hold a key from the input ("toString").
  const out: FieldErrors = Object.create(null);
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses input with a schema or throws a validation AppError carrying every field's message. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("validation", "Some fields need attention", { fieldErrors: fieldErrorsFrom(result.error) });
  }
  return result.data;
}
