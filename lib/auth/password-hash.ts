// Password hashing with scrypt, Node's built-in memory-hard function. Parameters follow
// OWASP's recommendation (N=2^17, r=8, p=1: 128 MiB and ~0.4 s here) and are stored in
// each hash, so they can be raised later without invalidating existing passwords.
// With PARLEY_PASSWORD_PEPPER set, each key is then keyed with HMAC-SHA256 under that
// secret, which lives in the environment and not in the database (ASVS 2.4.5): a copy of
// the database alone is not enough to test guesses offline. Hashes made before the pepper
// was set still verify, and are redone with it at their next sign-in.
// No "server-only" marker: the command-line script and test helpers use it too.
import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { env } from "@/lib/config/env";

const PRODUCTION = { ln: 17, r: 8, p: 1 } as const;

/**
 * The parameters new hashes are made with: OWASP's, always outside tests. Under Vitest
 * (NODE_ENV "test") PARLEY_TEST_SCRYPT_LN may lower the cost (vitest.config.ts sets it): the
 * suites make and check some hundred hashes per engine, a minute of CPU at 128 MiB each, and
 * test what signing in does, not how slowly. tests/unit/password-hash.test.ts checks that
 * nothing else lowers it, and hashes at the production parameters.
 */
export function currentParameters(environment: NodeJS.ProcessEnv = process.env): { ln: number; r: number; p: number } {
  const ln = Number(environment.PARLEY_TEST_SCRYPT_LN);
  const lowered = environment.NODE_ENV === "test" && Number.isInteger(ln) && ln >= 10 && ln < PRODUCTION.ln;
  return lowered ? { ...PRODUCTION, ln } : PRODUCTION;
}

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, ln: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** ln;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const peppered = (key: Buffer, pepper: string) => createHmac("sha256", pepper).update(key).digest();

/** A self-describing hash: `$scrypt$ln=17,r=8,p=1[,k=1]$<salt>$<key>` (base64, no padding; k=1: peppered). */
export async function hashPassword(password: string, pepper = env().PARLEY_PASSWORD_PEPPER): Promise<string> {
  const salt = randomBytes(16);
  const current = currentParameters();
  const key = await derive(password, salt, current.ln, current.r, current.p);
  const params = `ln=${current.ln},r=${current.r},p=${current.p}${pepper ? ",k=1" : ""}`;
  return `$scrypt$${params}$${b64(salt)}$${b64(pepper ? peppered(key, pepper) : key)}`;
}

const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})(,k=1)?\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** Whether the password matches, in constant time; malformed hashes, and peppered ones without the pepper, never match. */
export async function verifyPassword(password: string, stored: string, pepper = env().PARLEY_PASSWORD_PEPPER): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m) return false;
  const [ln, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (ln < 10 || ln > 20 || r < 1 || p < 1) return false;
  const isPeppered = m[4] !== undefined;
  if (isPeppered && !pepper) return false;
  const expected = Buffer.from(m[6]!, "base64");
  const key = await derive(password, Buffer.from(m[5]!, "base64"), ln, r, p);
  const candidate = isPeppered ? peppered(key, pepper!) : key;
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/** True when a hash was made with weaker parameters than today's, or without the pepper now set: rehash it at sign-in. */
export function needsRehash(stored: string, pepper = env().PARLEY_PASSWORD_PEPPER): boolean {
  const m = FORMAT.exec(stored);
  const current = currentParameters();
  return !m || Number(m[1]) < current.ln || Number(m[2]) < current.r || Number(m[3]) < current.p || (!!pepper && m[4] === undefined);
}

function b64(buffer: Buffer): string {
  return buffer.toString("base64").replace(/=+$/, "");
}
