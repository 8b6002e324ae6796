// A pepper (PARLEY_PASSWORD_PEPPER) keys every new hash with a secret kept outside the
// database; hashes made before it was set still verify and are marked for rehashing.
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password-hash";

const PASSWORD = "correct horse battery staple";
const PEPPER = "p".repeat(16) + "q".repeat(16);

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
