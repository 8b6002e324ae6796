// Password hashing with scrypt, Node's built-in memory-hard function. Parameters follow
// OWASP's recommendation (N=2^17, r=8, p=1: 128 MiB and ~0.4 s here) and are stored in
// each hash, so they can be raised later without invalidating existing passwords.
// No "server-only" marker: the command-line script and test helpers use it too.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

const CURRENT = { ln: 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, ln: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** ln;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A self-describing hash: `$scrypt$ln=17,r=8,p=1$<salt>$<key>` (base64, no padding). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, CURRENT.ln, CURRENT.r, CURRENT.p);
  return `$scrypt$ln=${CURRENT.ln},r=${CURRENT.r},p=${CURRENT.p}$${b64(salt)}$${b64(key)}`;
}

const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** Whether the password matches, in constant time; malformed hashes never match. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m) return false;
  const [ln, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (ln < 10 || ln > 20 || r < 1 || p < 1) return false;
  const expected = Buffer.from(m[5]!, "base64");
  const key = await derive(password, Buffer.from(m[4]!, "base64"), ln, r, p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** True when a hash was made with weaker parameters than today's: rehash it at sign-in. */
export function needsRehash(stored: string): boolean {
  const m = FORMAT.exec(stored);
  return !m || Number(m[1]) < CURRENT.ln || Number(m[2]) < CURRENT.r || Number(m[3]) < CURRENT.p;
}

function b64(buffer: Buffer): string {
  return buffer.toString("base64").replace(/=+$/, "");
}
