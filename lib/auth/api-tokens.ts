import "server-only";
// API tokens for programs. The plain token is returned once, when it is issued; only its
// SHA-256 and a short prefix (to tell tokens apart) are kept. A token acts as the admin
// who issued it, limited to its scope ("read" or "write"), until it expires (if given an
// expiry), is revoked, or its issuer stops being an enabled admin.
import { db } from "@/lib/db/client";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { apiTokenInput, tokenLifetimes } from "./inputs";
import { assertIsAdmin } from "./permissions";
import { API_TOKEN_PREFIX, hashSecretToken, newSecretToken } from "./secret-token";
import { recordSecurityEvent } from "./security-events";

const PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;
const DAY_MS = 24 * 60 * 60_000;

const tokenFields = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  lastUsedAt: true,
  revokedAt: true,
  expiresAt: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true, role: true, disabledAt: true } },
} as const;

export type TokenStatus = "active" | "revoked" | "expired" | "issuer-not-admin";

/** Whether a token works now, and if not, why: what the tokens page shows. */
export function tokenStatus(
  token: { revokedAt: Date | null; expiresAt: Date | null; createdBy: { role: string; disabledAt: Date | null } },
  now = new Date(),
): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  if (token.createdBy.role !== "admin" || token.createdBy.disabledAt) return "issuer-not-admin";
  return "active";
}

/** Issues a token. `token` is the secret: show it now, it cannot be read back later. */
export async function createApiToken({ actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date }) {
  assertIsAdmin(actor);
  const { name, scope, expiresInDays } = parseOrThrow(apiTokenInput, input);
  const days = tokenLifetimes[expiresInDays];
  const token = newSecretToken(API_TOKEN_PREFIX);
  const apiToken = await db.apiToken.create({
    data: {
      name,
      scope,
      tokenHash: hashSecretToken(token),
      prefix: token.slice(0, PREFIX_LENGTH),
      createdById: actor.id,
      expiresAt: days === null ? null : new Date(now.getTime() + days * DAY_MS),
    },
    select: tokenFields,
  });
  await recordSecurityEvent({
    event: "token-issued",
    outcome: "success",
    actor,
    subject: name,
    detail: `${scope} scope, ${days === null ? "no expiry" : `expires ${apiToken.expiresAt!.toISOString().slice(0, 10)}`}`,
  });
  return { token, apiToken };
}

/** Revokes a token for good; revoking it again changes nothing. */
export async function revokeApiToken({ actor, id }: { actor: Actor | null; id: string }) {
  assertIsAdmin(actor);
  const found = await db.apiToken.findUnique({ where: { id }, select: tokenFields });
  if (!found) throw new AppError("not-found", "No such API token");
  if (found.revokedAt) return found;
  const revoked = await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: tokenFields });
  await recordSecurityEvent({ event: "token-revoked", outcome: "success", actor, subject: found.name, detail: `issued by ${found.createdBy.name}` });
  return revoked;
}

/** Every token, newest first, working ones before the rest. */
export async function listApiTokens({ actor }: { actor: Actor | null }) {
  assertIsAdmin(actor);
  const now = new Date();
  const tokens = await db.apiToken.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: tokenFields });
  const withStatus = tokens.map((t) => ({ ...t, status: tokenStatus(t, now) }));
  return [...withStatus.filter((t) => t.status === "active"), ...withStatus.filter((t) => t.status !== "active")];
}
