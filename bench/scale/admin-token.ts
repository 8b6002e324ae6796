// An admin account and a write-scope API token for the measurements, written straight
// into the database DATABASE_URL names (the server need not be running). Uses the same
// hashing as lib/auth, so the server accepts the token as any other.
import { randomBytes } from "node:crypto";
import { createDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password-hash";
import { API_TOKEN_PREFIX, hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";

export const BENCH_ADMIN_EMAIL = "scale-bench@example.org";

/** Returns the plain token (shown once; only its hash is stored). */
export async function createBenchToken(databaseUrl?: string): Promise<string> {
  const db = createDb(databaseUrl);
  try {
    const user =
      (await db.user.findUnique({ where: { email: BENCH_ADMIN_EMAIL }, select: { id: true } })) ??
      (await db.user.create({
        data: {
          email: BENCH_ADMIN_EMAIL, name: "Scale benchmark", role: "admin",
          // Nobody signs in with it: a random password nobody knows.
          passwordHash: await hashPassword(randomBytes(24).toString("base64url")),
        },
        select: { id: true },
      }));
    const token = newSecretToken(API_TOKEN_PREFIX);
    await db.apiToken.create({
      data: { name: "scale benchmark", scope: "write", tokenHash: hashSecretToken(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), createdById: user.id },
    });
    return token;
  } finally {
    await db.$disconnect();
  }
}
