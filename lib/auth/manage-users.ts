import "server-only";
// An admin's changes to other accounts. An admin cannot disable, demote or reset themself,
// so a signed-in admin always remains (a fresh one can be made with scripts/create-admin.ts).
// Each change is a security event (lib/auth/security-events.ts).
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { role as roleSchema } from "./inputs";
import { hashPassword } from "./password-hash";
import { assertIsAdmin } from "./permissions";
import { newTemporaryPassword } from "./secret-token";
import { recordSecurityEvent } from "./security-events";
import { deleteUserSessions } from "./sessions";
import { publicUserFields } from "./user-fields";

export async function listUsers({ actor }: { actor: Actor | null }) {
  assertIsAdmin(actor);
  return db.user.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: publicUserFields });
}

/** Disables an account: it can no longer sign in, its sessions end and its API tokens stop working. */
export async function disableUser({ actor, userId }: { actor: Actor | null; userId: string }) {
  assertIsAdmin(actor);
  refuseSelf(actor.id, userId, "You cannot disable your own account");
  const user = await findUser(userId);
  if (user.disabledAt) return user;
  const updated = await db.user.update({ where: { id: userId }, data: { disabledAt: new Date() }, select: publicUserFields });
  await deleteUserSessions(userId);
  await recordSecurityEvent({ event: "account-disabled", outcome: "success", actor, subject: user.email });
  return updated;
}

/** Enables a disabled account; its unrevoked API tokens work again. */
export async function enableUser({ actor, userId }: { actor: Actor | null; userId: string }) {
  assertIsAdmin(actor);
  const user = await findUser(userId);
  if (!user.disabledAt) return user;
  const updated = await db.user.update({ where: { id: userId }, data: { disabledAt: null }, select: publicUserFields });
  await recordSecurityEvent({ event: "account-enabled", outcome: "success", actor, subject: user.email });
  return updated;
}

const roleChange = z.object({ role: roleSchema });

/**
 * Makes an account an editor or an admin. Takes effect on the user's next request; an
 * admin made editor no longer manages accounts, and the API tokens they issued stop working.
 */
export async function changeRole({ actor, userId, role }: { actor: Actor | null; userId: string; role: unknown }) {
  assertIsAdmin(actor);
  const { role: next } = parseOrThrow(roleChange, { role });
  const user = await findUser(userId);
  if (user.role === next) return user;
  refuseSelf(actor.id, userId, "You cannot change your own role");
  const updated = await db.user.update({ where: { id: userId }, data: { role: next }, select: publicUserFields });
  await recordSecurityEvent({ event: "role-change", outcome: "success", actor, subject: user.email, detail: `${user.role} → ${next}` });
  return updated;
}

/** How long a temporary password signs in for (only to choose a new password). */
export const TEMPORARY_PASSWORD_MS = 3 * 24 * 60 * 60_000;

/**
 * Requires the account to choose a new password: it is signed out everywhere now, and its
 * next sign-in (with the current password) must set a new one before any session opens.
 * With `temporaryPassword`, for someone who has forgotten theirs, the current password is
 * replaced by a random one, returned once for the admin to pass on by a safe channel, which
 * signs in for three days.
 */
export async function requirePasswordReset({
  actor,
  userId,
  temporaryPassword = false,
  now = new Date(),
}: {
  actor: Actor | null;
  userId: string;
  temporaryPassword?: boolean;
  now?: Date;
}) {
  assertIsAdmin(actor);
  refuseSelf(actor.id, userId, "Change your own password from your account page instead");
  const user = await findUser(userId);
  const temporary = temporaryPassword ? newTemporaryPassword() : null;
  const updated = await db.user.update({
    where: { id: userId },
    data: {
      passwordResetRequiredAt: user.passwordResetRequiredAt ?? now,
      ...(temporary ? { passwordHash: await hashPassword(temporary), temporaryPasswordUntil: new Date(now.getTime() + TEMPORARY_PASSWORD_MS) } : {}),
    },
    select: publicUserFields,
  });
  const ended = await deleteUserSessions(userId);
  await recordSecurityEvent({
    event: "password-reset-required",
    outcome: "success",
    actor,
    subject: user.email,
    detail: `${temporary ? "temporary password given; " : ""}${ended} session${ended === 1 ? "" : "s"} ended`,
  });
  return { user: updated, temporaryPassword: temporary };
}

async function findUser(id: string) {
  const user = await db.user.findUnique({ where: { id }, select: publicUserFields });
  if (!user) throw new AppError("not-found", "No such account");
  return user;
}

function refuseSelf(actorId: string, userId: string, message: string) {
  if (actorId === userId) throw new AppError("conflict", message);
}
