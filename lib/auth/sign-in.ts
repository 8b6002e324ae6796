import "server-only";
import { db } from "@/lib/db/client";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { signInInput } from "./inputs";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { clearSignInAttempts, reserveSignInAttempt } from "./rate-limit";
import { createSession } from "./sessions";

const INCORRECT = "Email or password is incorrect";

// Checked against when the email is unknown, so a wrong email takes as long as a wrong
// password and response times do not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/**
 * Checks an email and password and opens a session. Returns the session token for the
 * caller to put in a cookie. Throws `validation`, `rate-limited` or `unauthenticated`.
 * `ip` is the client's address (see clientAddress), counted for the per-address limit.
 */
export async function signIn(input: { email: unknown; password: unknown; ip: string }) {
  const { email, password } = parseOrThrow(signInInput, input);
  await reserveSignInAttempt({ email, ip: input.ip || "unknown" });

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, disabledAt: true, passwordHash: true },
  });
  decoyHash ??= hashPassword("decoy password for unknown accounts");
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !matches) throw new AppError("unauthenticated", INCORRECT);
  if (user.disabledAt) throw new AppError("forbidden", "This account is disabled. Ask an admin to enable it.");

  await clearSignInAttempts(email);
  if (needsRehash(user.passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  const session = await createSession(user.id);
  return { ...session, user: { id: user.id, name: user.name, role: user.role } };
}
