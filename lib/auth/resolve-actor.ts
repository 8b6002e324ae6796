import "server-only";
// Who is making a request, from its credentials: an API token (Authorization: Bearer)
// or a session cookie. A token acts as the admin who issued it, limited to its scope.
// Disabled users, accounts that must choose a new password, expired or idle sessions, and
// tokens that are revoked, expired or whose issuer is no longer an admin resolve to nobody.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { role as roleSchema, tokenScope } from "./inputs";
import { API_TOKEN_PREFIX, hashSecretToken } from "./secret-token";
import { findSessionUser } from "./sessions";
import { apiTokenActorLabel } from "./actor-label";

// lastUsedAt is a hint for admins, not an audit log: write it at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

export async function resolveActor({
  sessionToken,
  authorization,
}: {
  sessionToken?: string | null;
  authorization?: string | null;
}): Promise<Actor | null> {
  // An explicit credential that fails does not fall back to the cookie.
  if (authorization) return actorFromBearer(authorization);
  if (!sessionToken) return null;
  const user = await findSessionUser(sessionToken);
  if (!user || user.disabledAt || user.passwordResetRequiredAt) return null;
  const role = roleSchema.safeParse(user.role);
  return role.success ? { id: user.id, label: user.name, role: role.data } : null;
}

async function actorFromBearer(authorization: string): Promise<Actor | null> {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m || !m[1]!.startsWith(API_TOKEN_PREFIX)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashSecretToken(m[1]!) },
    select: {
      id: true,
      name: true,
      scope: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      createdBy: { select: { id: true, name: true, role: true, disabledAt: true } },
    },
  });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  // Only admins issue tokens; one whose issuer was demoted or disabled stops with them.
  if (token.createdBy.disabledAt || token.createdBy.role !== "admin") return null;
  const role = roleSchema.safeParse(token.createdBy.role);
  const scope = tokenScope.safeParse(token.scope);
  if (!role.success || !scope.success) return null;

  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    id: token.createdBy.id,
    label: apiTokenActorLabel(token.createdBy.name, token.name),
    role: role.data,
    scope: scope.data,
  };
}
