import "server-only";
// A signed-in user changes their own password. The current one is required — checked, and
// slowed after failures, exactly like a sign-in, so a borrowed session cannot guess it —
// and the change ends the user's other sessions, keeping only the browser it was made in.
import { db } from "@/lib/db/client";
import { AppError, isAppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { changePasswordInput } from "./inputs";
import { hashPassword, verifyPassword } from "./password-hash";
import { assertSignedInUser } from "./permissions";
import { clearSignInAttempts, reserveSignInAttempt } from "./rate-limit";
import { recordSecurityEvent } from "./security-events";
import { deleteUserSessions } from "./sessions";
import { assertNewPassword } from "./sign-in";

export async function changePassword({
  actor,
  sessionToken,
  input,
  ip,
}: {
  actor: Actor | null;
  /** The session the change is made in, which stays signed in. */
  sessionToken: string | null;
  input: unknown;
  ip: string;
}): Promise<{ otherSessionsEnded: number }> {
  assertSignedInUser(actor);
  const { currentPassword, newPassword } = parseOrThrow(changePasswordInput, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, passwordHash: true } });
  const who = { actor, subject: user.email, address: ip };
  try {
    await reserveSignInAttempt({ email: user.email, ip });
  } catch (error) {
    if (isAppError(error)) await recordSecurityEvent({ event: "password-change", outcome: "failure", ...who, detail: "refused: too many failed attempts" });
    throw error;
  }
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await recordSecurityEvent({ event: "password-change", outcome: "failure", ...who, detail: "wrong current password" });
    throw new AppError("validation", "Some fields need attention", { fieldErrors: { currentPassword: ["Your current password is not correct"] } });
  }
  await clearSignInAttempts(user.email);
  assertNewPassword(newPassword, currentPassword, user);

  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(newPassword), passwordResetRequiredAt: null, temporaryPasswordUntil: null },
  });
  const otherSessionsEnded = await deleteUserSessions(user.id, { keep: sessionToken });
  await recordSecurityEvent({
    event: "password-change",
    outcome: "success",
    ...who,
    detail: `${otherSessionsEnded} other session${otherSessionsEnded === 1 ? "" : "s"} ended`,
  });
  return { otherSessionsEnded };
}
