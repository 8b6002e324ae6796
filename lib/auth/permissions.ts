// Role checks live where data is written: every domain function that changes a record
// calls one of these first, whichever door (page, server action, API) the call came in by.
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { logAccessDenied } from "./security-log";

export type SignedInActor = Actor & { id: string; role: "editor" | "admin" };

/** Editors and admins may change records; a read-only API token may not. */
export function assertCanEdit(actor: Actor | null | undefined): asserts actor is SignedInActor {
  if (!actor?.id) throw denied(actor, "unauthenticated", "Sign in to make changes");
  if (actor.role !== "editor" && actor.role !== "admin") {
    throw denied(actor, "forbidden", "Your account may not change records");
  }
  if (actor.scope === "read") throw denied(actor, "forbidden", "This API token is read-only");
}

/**
 * The full archive (every record, retracted ones included, with account ids and API tokens'
 * names in its history) is for backup and migration: editors, admins and any API token —
 * tokens are issued by admins, and a read-only one is the way to schedule backups.
 */
export function assertCanReadArchive(actor: Actor | null | undefined): asserts actor is SignedInActor {
  if (!actor?.id) throw denied(actor, "unauthenticated", "The full archive needs an editor's sign-in or an API token (send `Authorization: Bearer <token>`); without them, GET /api/v1/export.json gives what readers see");
  if (actor.role !== "editor" && actor.role !== "admin") throw denied(actor, "forbidden", "Your account may not download the full archive");
}

/**
 * Only admins manage accounts and API tokens, and only when signed in: an API token, even
 * an admin's, cannot create accounts or issue more tokens.
 */
export function assertIsAdmin(actor: Actor | null | undefined): asserts actor is SignedInActor & { role: "admin" } {
  if (!actor?.id) throw denied(actor, "unauthenticated", "Sign in as an admin");
  if (actor.role !== "admin") throw denied(actor, "forbidden", "Only admins may do this");
  if (actor.scope) throw denied(actor, "forbidden", "Accounts and tokens are managed by a signed-in admin, not an API token");
}

/** A person signed in with a session (not an API token): for changes to their own account. */
export function assertSignedInUser(actor: Actor | null | undefined): asserts actor is SignedInActor {
  if (!actor?.id) throw denied(actor, "unauthenticated", "Sign in to manage your account");
  if (actor.scope) throw denied(actor, "forbidden", "An API token cannot change its owner's account");
  if (actor.role !== "editor" && actor.role !== "admin") throw denied(actor, "forbidden", "This account cannot be managed here");
}

/** Every refusal here is an access-control decision, and is logged (ASVS 7.2.2). */
function denied(actor: Actor | null | undefined, code: AppErrorCode, message: string): AppError {
  logAccessDenied(actor, message);
  return new AppError(code, message);
}

/**
 * Whether `actor` may change records: for edit links and editor-only views. A plain check,
 * not logged: readers are asked this on every page, and being a reader is no refusal.
 */
export function canEdit(actor: Actor | null | undefined): actor is SignedInActor {
  return !!actor?.id && (actor.role === "editor" || actor.role === "admin") && actor.scope !== "read";
}
