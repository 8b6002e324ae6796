// A pepper (PARLEY_PASSWORD_PEPPER) keys every new hash with a secret kept outside the
// database; hashes made before it was set still verify and are marked for rehashing. These
// run at the production parameters: Vitest's lowered cost (vitest.config.ts) is taken away.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { currentParameters, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password-hash";

const PASSWORD = "correct horse battery staple";
const PEPPER = "p".repeat(16) + "q".repeat(16);

beforeEach(() => vi.stubEnv("PARLEY_TEST_SCRYPT_LN", ""));
afterEach(() => vi.unstubAllEnvs());

describe("the scrypt parameters", () => {
  it("are OWASP's everywhere but under Vitest, whatever the environment says", () => {
    const owasp = { ln: 17, r: 8, p: 1 };
    expect(currentParameters()).toEqual(owasp);
    for (const NODE_ENV of ["production", "development", undefined]) {
      expect(currentParameters({ NODE_ENV, PARLEY_TEST_SCRYPT_LN: "10" } as NodeJS.ProcessEnv), String(NODE_ENV)).toEqual(owasp);
    }
    expect(currentParameters({ NODE_ENV: "test", PARLEY_TEST_SCRYPT_LN: "10" })).toEqual({ ...owasp, ln: 10 });
    // Never below what a stored hash may claim (verifyPassword), never above OWASP's.
    for (const ln of ["9", "18", "ten", ""]) expect(currentParameters({ NODE_ENV: "test", PARLEY_TEST_SCRYPT_LN: ln }), ln).toEqual(owasp);
  });

  it("lowered, still make a hash that verifies, and one at OWASP's then needs no rehash", async () => {
    vi.stubEnv("PARLEY_TEST_SCRYPT_LN", "10");
    const cheap = await hashPassword(PASSWORD, undefined);
    expect(cheap).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$/);
    expect(await verifyPassword(PASSWORD, cheap, undefined)).toBe(true);
    vi.stubEnv("PARLEY_TEST_SCRYPT_LN", "");
    expect(needsRehash(cheap, undefined)).toBe(true);
  });
});

describe("a peppered password hash", () => {
  it("verifies only with the pepper it was made with", { timeout: 20_000 }, async () => {
    const hash = await hashPassword(PASSWORD, PEPPER);
    expect(hash).toMatch(/^\$scrypt\$ln=17,r=8,p=1,k=1\$/);
    expect(await verifyPassword(PASSWORD, hash, PEPPER)).toBe(true);
    expect(await verifyPassword(PASSWORD, hash, `${PEPPER}x`)).toBe(false);
    expect(await verifyPassword(PASSWORD, hash, undefined)).toBe(false);
    expect(await verifyPassword("wrong password here", hash, PEPPER)).toBe(false);
    expect(needsRehash(hash, PEPPER)).toBe(false);
  });

  it("leaves older hashes working, and asks for them to be redone", { timeout: 20_000 }, async () => {
    const plain = await hashPassword(PASSWORD, undefined);
    expect(await verifyPassword(PASSWORD, plain, PEPPER)).toBe(true);
    expect(needsRehash(plain, PEPPER)).toBe(true);
    expect(needsRehash(plain, undefined)).toBe(false);
  });
});
