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

// No 0/o, 1/l/i: read aloud or copied by hand without doubt.
const PLAIN_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

/** A password to give someone by hand: 20 random characters (about 99 bits) in groups of five. */
export function newTemporaryPassword(): string {
  const bytes = randomBytes(40);
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  for (const byte of bytes) {
    if (byte < 248 && chars.length < 20) chars.push(PLAIN_LETTERS[byte % PLAIN_LETTERS.length]!);
  }
  if (chars.length < 20) return newTemporaryPassword();
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join("")).join("-");
}
