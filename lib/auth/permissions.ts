// Role checks live where data is written: every domain function that changes a record
// calls one of these first, whichever door (page, server action, API) the call came in by.
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/revisions/actor";

export type SignedInActor = Actor & { id: string; role: "editor" | "admin" };

/** Editors and admins may change records; a read-only API token may not. */
export function assertCanEdit(actor: Actor | null | undefined): asserts actor is SignedInActor {
  if (!actor?.id) throw new AppError("unauthenticated", "Sign in to make changes");
  if (actor.role !== "editor" && actor.role !== "admin") {
    throw new AppError("forbidden", "Your account may not change records");
  }
  if (actor.scope === "read") throw new AppError("forbidden", "This API token is read-only");
}

/**
 * Only admins manage accounts and API tokens, and only when signed in: an API token, even
 * an admin's, cannot create accounts or issue more tokens.
 */
export function assertIsAdmin(actor: Actor | null | undefined): asserts actor is SignedInActor & { role: "admin" } {
  if (!actor?.id) throw new AppError("unauthenticated", "Sign in as an admin");
  if (actor.role !== "admin") throw new AppError("forbidden", "Only admins may do this");
  if (actor.scope) throw new AppError("forbidden", "Accounts and tokens are managed by a signed-in admin, not an API token");
}

/** A person signed in with a session (not an API token): for changes to their own account. */
export function assertSignedInUser(actor: Actor | null | undefined): asserts actor is SignedInActor {
  if (!actor?.id) throw new AppError("unauthenticated", "Sign in to manage your account");
  if (actor.scope) throw new AppError("forbidden", "An API token cannot change its owner's account");
  if (actor.role !== "editor" && actor.role !== "admin") throw new AppError("forbidden", "This account cannot be managed here");
}
