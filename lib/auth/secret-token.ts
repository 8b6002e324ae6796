// Random bearer secrets: session cookies and API tokens. They carry 256 random bits, so a
// fast hash (SHA-256) is enough to store them: nobody can guess one to test against it.
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "parley_";

export function newSecretToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
