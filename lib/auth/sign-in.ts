import "server-only";
import { db } from "@/lib/db/client";
import { AppError, isAppError, parseOrThrow } from "@/lib/errors/app-error";
import { signInInput } from "./inputs";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { assertStrongPassword } from "./password-strength";
import { clearSignInAttempts, reserveSignInAttempt } from "./rate-limit";
import { recordSecurityEvent } from "./security-events";
import { createSession } from "./sessions";

const INCORRECT = "Email or password is incorrect";

export const NEW_PASSWORD_REQUIRED = "An admin has asked you to choose a new password. Enter your current password and a new one to sign in.";

// Checked against when the email is unknown, so a wrong email takes as long as a wrong
// password and response times do not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/**
 * Checks an email and password and opens a session. Returns the session token for the
 * caller to put in a cookie. Throws `validation`, `rate-limited`, `forbidden` or
 * `unauthenticated`. `ip` is the client's address (see clientAddress), counted for the
 * per-address delay. An account that must choose a new password gets no session until it
 * sends one as `newPassword` with its current password.
 */
export async function signIn(input: { email: unknown; password: unknown; newPassword?: unknown; ip: string }) {
  const { email, password, newPassword } = parseOrThrow(signInInput, input);
  const ip = input.ip || "unknown";
  const failed = (detail: string) => recordSecurityEvent({ event: "sign-in", outcome: "failure", subject: email, address: ip, detail });
  try {
    await reserveSignInAttempt({ email, ip });
  } catch (error) {
    if (isAppError(error)) await failed("refused: too many failed sign-ins");
    throw error;
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, disabledAt: true, passwordHash: true, passwordResetRequiredAt: true, temporaryPasswordUntil: true },
  });
  decoyHash ??= hashPassword("decoy password for unknown accounts");
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !matches) {
    await failed(user ? "wrong password" : "no such account");
    throw new AppError("unauthenticated", INCORRECT);
  }
  const actor = { id: user.id, label: user.name };
  if (user.disabledAt) {
    await failed("account disabled");
    throw new AppError("forbidden", "This account is disabled. Ask an admin to enable it.");
  }
  if (user.temporaryPasswordUntil && user.temporaryPasswordUntil <= new Date()) {
    await failed("temporary password expired");
    throw new AppError("forbidden", "This temporary password has expired. Ask an admin for a new one.");
  }
  await clearSignInAttempts(email);

  let passwordHash = user.passwordHash;
  if (user.passwordResetRequiredAt) {
    if (newPassword === undefined) {
      await failed("must choose a new password");
      throw new AppError("validation", NEW_PASSWORD_REQUIRED, { fieldErrors: { newPassword: ["Choose a new password"] } });
    }
    assertNewPassword(newPassword, password, { email, name: user.name });
    passwordHash = await hashPassword(newPassword);
    await db.user.update({ where: { id: user.id }, data: { passwordHash, passwordResetRequiredAt: null, temporaryPasswordUntil: null } });
    await recordSecurityEvent({ event: "password-change", outcome: "success", actor, subject: email, address: ip, detail: "chosen at sign-in, as required" });
  } else if (needsRehash(passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  const session = await createSession(user.id, new Date(), ip);
  await recordSecurityEvent({ event: "sign-in", outcome: "success", actor, subject: email, address: ip });
  return { ...session, user: { id: user.id, name: user.name, role: user.role } };
}

/** A new password must differ from the current one and be hard to guess. */
export function assertNewPassword(next: string, current: string, who: { email: string; name: string }) {
  if (next.normalize("NFKC") === current.normalize("NFKC")) {
    throw new AppError("validation", "Some fields need attention", {
      fieldErrors: { newPassword: ["Choose a password different from your current one"] },
    });
  }
  assertStrongPassword(next, { ...who, field: "newPassword" });
}
