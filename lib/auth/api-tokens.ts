import "server-only";
// API tokens for programs. The plain token is returned once, when it is issued; only its
// SHA-256 and a short prefix (to tell tokens apart) are kept. A token acts as the admin
// who issued it, limited to its scope: "read" or "write".
import { db } from "@/lib/db/client";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { apiTokenInput } from "./inputs";
import { assertIsAdmin } from "./permissions";
import { API_TOKEN_PREFIX, hashSecretToken, newSecretToken } from "./secret-token";

const PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

const tokenFields = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

/** Issues a token. `token` is the secret: show it now, it cannot be read back later. */
export async function createApiToken({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertIsAdmin(actor);
  const { name, scope } = parseOrThrow(apiTokenInput, input);
  const token = newSecretToken(API_TOKEN_PREFIX);
  const apiToken = await db.apiToken.create({
    data: { name, scope, tokenHash: hashSecretToken(token), prefix: token.slice(0, PREFIX_LENGTH), createdById: actor.id },
    select: tokenFields,
  });
  return { token, apiToken };
}

/** Revokes a token for good; revoking it again changes nothing. */
export async function revokeApiToken({ actor, id }: { actor: Actor | null; id: string }) {
  assertIsAdmin(actor);
  const found = await db.apiToken.findUnique({ where: { id }, select: tokenFields });
  if (!found) throw new AppError("not-found", "No such API token");
  if (found.revokedAt) return found;
  return db.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: tokenFields });
}

/** Every token, newest first, live ones before revoked ones. */
export async function listApiTokens({ actor }: { actor: Actor | null }) {
  assertIsAdmin(actor);
  const tokens = await db.apiToken.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: tokenFields });
  return [...tokens.filter((t) => !t.revokedAt), ...tokens.filter((t) => t.revokedAt)];
}
