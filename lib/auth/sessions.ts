import "server-only";
// Browser sessions. The cookie carries a random token; the database keeps only its
// SHA-256, so a leaked copy of the database cannot be replayed as anyone's session.
// A session ends 12 hours after sign-in, or after 30 minutes without a request, whichever
// comes first (ASVS 3.3.2); each use renews the idle time.
import { db } from "@/lib/db/client";
import { hashSecretToken, newSecretToken } from "./secret-token";

export const SESSION_LIMITS = {
  lifetimeMs: 12 * 60 * 60_000,
  idleMs: 30 * 60_000,
  // Use is written down at most once a minute, so reading pages does not mean a write per
  // request; a session may thus idle up to a minute less than idleMs.
  touchEveryMs: 60_000,
};

/** Opens a session; `address` is the client's, shown to its owner among their sessions. */
export async function createSession(userId: string, now = new Date(), address: string | null = null) {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIMITS.lifetimeMs);
  await db.session.deleteMany({ where: { userId, ...endedBy(now) } });
  await db.session.create({
    data: { tokenHash: hashSecretToken(token), userId, expiresAt, lastUsedAt: now, createdAt: now, address: address?.slice(0, 64) ?? null },
  });
  return { token, expiresAt };
}

/** Sessions that have ended by `now`, through age or idleness. */
function endedBy(now: Date) {
  return { OR: [{ expiresAt: { lte: now } }, { lastUsedAt: { lte: new Date(now.getTime() - SESSION_LIMITS.idleMs) } }] };
}

/**
 * The signed-in user behind a session token, or null when it is unknown, expired or idle
 * too long (then it is deleted). A live session's last use moves to `now`.
 */
export async function findSessionUser(token: string, now = new Date()) {
  const tokenHash = hashSecretToken(token);
  const session = await db.session.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, disabledAt: true, passwordResetRequiredAt: true } },
    },
  });
  if (!session) return null;
  const idleFor = now.getTime() - session.lastUsedAt.getTime();
  if (session.expiresAt <= now || idleFor >= SESSION_LIMITS.idleMs) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idleFor >= SESSION_LIMITS.touchEveryMs) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastUsedAt: now } });
  }
  return session.user;
}

export async function deleteSession(token: string) {
  await db.session.deleteMany({ where: { tokenHash: hashSecretToken(token) } });
}

/**
 * Signs a user out everywhere (an account disabled, a password reset required, "sign out
 * everywhere"), or everywhere but the browser holding `keep` (a password changed there).
 */
export async function deleteUserSessions(userId: string, { keep }: { keep?: string | null } = {}) {
  const { count } = await db.session.deleteMany({ where: { userId, ...(keep ? { tokenHash: { not: hashSecretToken(keep) } } : {}) } });
  return count;
}

/** The user's live sessions, newest first; `current` marks the one holding `token`. */
export async function listUserSessions(userId: string, token: string | null, now = new Date()) {
  const sessions = await db.session.findMany({
    where: { userId, NOT: endedBy(now) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, tokenHash: true, createdAt: true, lastUsedAt: true, address: true },
  });
  const currentHash = token ? hashSecretToken(token) : null;
  return sessions.map(({ tokenHash, ...session }) => ({ ...session, current: tokenHash === currentHash }));
}

/** Ends one of the user's sessions, by id; another user's id ends nothing. */
export async function deleteUserSession(userId: string, sessionId: string) {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count;
}
