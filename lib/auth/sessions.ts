import "server-only";
// Browser sessions. The cookie carries a random token; the database keeps only its
// SHA-256, so a leaked copy of the database cannot be replayed as anyone's session.
import { db } from "@/lib/db/client";
import { hashSecretToken, newSecretToken } from "./secret-token";

export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60_000;

export async function createSession(userId: string, now = new Date()) {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  await db.session.create({ data: { tokenHash: hashSecretToken(token), userId, expiresAt, createdAt: now } });
  return { token, expiresAt };
}

/** The signed-in user behind a session token, or null when it is unknown or expired. */
export async function findSessionUser(token: string, now = new Date()) {
  const session = await db.session.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { expiresAt: true, user: { select: { id: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now) return null;
  return session.user;
}

export async function deleteSession(token: string) {
  await db.session.deleteMany({ where: { tokenHash: hashSecretToken(token) } });
}

/** Signs a user out everywhere (used when an account is disabled). */
export async function deleteUserSessions(userId: string) {
  await db.session.deleteMany({ where: { userId } });
}
