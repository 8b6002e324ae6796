// Passwords, sessions and the sign-in rate limits, against the database DATABASE_URL
// names (scripts/test.sh runs this on SQLite and on PostgreSQL).
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUserFromCommandLine } from "@/lib/auth/create-user";
import { disableUser, enableUser } from "@/lib/auth/manage-users";
import { hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password-hash";
import { delayAfter, reserveSignInAttempt, signInDelays } from "@/lib/auth/rate-limit";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { signIn } from "@/lib/auth/sign-in";
import { signOut } from "@/lib/auth/sign-out";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

afterAll(() => db.$disconnect());

const PASSWORD = "correct horse battery staple";
const unique = () => randomUUID().slice(0, 8);
const newIp = () => `198.51.100.${Math.floor(Math.random() * 250)}-${unique()}`;

async function newUser(role: "editor" | "admin" = "editor") {
  const email = `user-${unique()}@example.org`;
  const user = await createUserFromCommandLine({ email, name: `User ${email}`, role, password: PASSWORD });
  return { ...user, email };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("password hashing", () => {
  // At the production parameters: the cost Vitest lowers for the other tests (vitest.config.ts) is taken away.
  beforeEach(() => vi.stubEnv("PARLEY_TEST_SCRYPT_LN", ""));
  afterEach(() => vi.unstubAllEnvs());

  it("makes a salted scrypt hash that verifies only the right password", async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(PASSWORD + " ", a)).toBe(false);
    expect(await verifyPassword(PASSWORD, "not a hash")).toBe(false);
    expect(needsRehash(a)).toBe(false);
    expect(needsRehash(a.replace("ln=17", "ln=14"))).toBe(true);
  });

  it("never stores the password itself, and the client does not return the hash", async () => {
    const user = await newUser();
    expect(user).not.toHaveProperty("passwordHash");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, row.passwordHash)).toBe(true);
  });
});

describe("signing in", () => {
  it("opens a session for the right password, whatever the email's case", async () => {
    const user = await newUser();
    const session = await signIn({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD, ip: newIp() });
    expect(session.user).toEqual({ id: user.id, name: user.name, role: "editor" });
    // 12 hours at most (and 30 minutes idle: tests/integration/auth-accounts.test.ts).
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11.9 * 3600_000);
    expect(session.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 12 * 3600_000);
    // Only the token's hash is stored.
    expect(await db.session.count({ where: { tokenHash: session.token } })).toBe(0);
    expect(await db.session.count({ where: { tokenHash: hashSecretToken(session.token) } })).toBe(1);
    expect(await resolveActor({ sessionToken: session.token })).toEqual({ id: user.id, label: user.name, role: "editor" });
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    const user = await newUser();
    const wrong = await rejection(signIn({ email: user.email, password: "wrong password!", ip: newIp() }));
    const unknown = await rejection(signIn({ email: `nobody-${unique()}@example.org`, password: PASSWORD, ip: newIp() }));
    expect(wrong.code).toBe("unauthenticated");
    expect(unknown.code).toBe("unauthenticated");
    expect(wrong.message).toBe("Email or password is incorrect");
    expect(unknown.message).toBe(wrong.message);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses malformed input with field errors", async () => {
    const error = await rejection(signIn({ email: "not an email", password: "", ip: newIp() }));
    expect(error.code).toBe("validation");
    expect(Object.keys(error.details.fieldErrors ?? {}).sort()).toEqual(["email", "password"]);
  });

  it("ends the session on sign-out, and ignores expired sessions", async () => {
    const user = await newUser();
    const first = await signIn({ email: user.email, password: PASSWORD, ip: newIp() });
    await signOut({ token: first.token });
    expect(await resolveActor({ sessionToken: first.token })).toBeNull();
    await signOut({ token: first.token }); // already signed out: no error

    const second = await signIn({ email: user.email, password: PASSWORD, ip: newIp() });
    await db.session.update({ where: { tokenHash: hashSecretToken(second.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveActor({ sessionToken: second.token })).toBeNull();
    expect(await resolveActor({ sessionToken: "made-up" })).toBeNull();
  });
});

describe("disabled accounts", () => {
  it("cannot sign in, lose their sessions at once, and come back when enabled", async () => {
    const admin = { id: (await newUser("admin")).id, label: "Admin", role: "admin" as const };
    const user = await newUser();
    const session = await signIn({ email: user.email, password: PASSWORD, ip: newIp() });

    await disableUser({ actor: admin, userId: user.id });
    expect(await resolveActor({ sessionToken: session.token })).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const refused = await rejection(signIn({ email: user.email, password: PASSWORD, ip: newIp() }));
    expect(refused.code).toBe("forbidden");
    expect(refused.message).toMatch(/disabled/);

    await enableUser({ actor: admin, userId: user.id });
    const again = await signIn({ email: user.email, password: PASSWORD, ip: newIp() });
    expect((await resolveActor({ sessionToken: again.token }))?.id).toBe(user.id);
  });

  it("stop resolving even if a session row was left behind", async () => {
    const user = await newUser();
    const session = await signIn({ email: user.email, password: PASSWORD, ip: newIp() });
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await resolveActor({ sessionToken: session.token })).toBeNull();
  });
});

describe("sign-in delays", () => {
  const { account, address } = signInDelays;
  const secondsIn = (message: string) => Number(/try again in (\d+) seconds?$/.exec(message)?.[1]);
  const failures = (email: string, count: number, at: Date, ip = () => newIp()) =>
    db.loginAttempt.createMany({ data: Array.from({ length: count }, () => ({ email, ip: ip(), createdAt: at })) });

  it("double from one second after the free failures, up to a ceiling", () => {
    expect([0, 4, 5, 6, 7, 10, 11, 12, 500].map((f) => delayAfter(f, account))).toEqual([0, 0, 1000, 2000, 4000, 32_000, 60_000, 60_000, 60_000]);
    expect([19, 20, 21, 29, 30, 1000].map((f) => delayAfter(f, address))).toEqual([0, 1000, 2000, 512_000, 900_000, 900_000]);
  });

  it(`refuse an attempt after ${account.free} failures until the wait is over, even with the right password, without counting it`, async () => {
    const user = await newUser();
    for (let i = 0; i < account.free; i++) {
      const e = await rejection(signIn({ email: user.email, password: `wrong ${i} password`, ip: newIp() }));
      expect(e.code).toBe("unauthenticated");
    }
    // Each failed attempt hashes a password, which takes seconds on a busy machine: date the
    // failures to this moment, so the next attempt falls inside the one-second wait however
    // long they took.
    await db.loginAttempt.updateMany({ where: { email: user.email }, data: { createdAt: new Date() } });
    const early = await rejection(signIn({ email: user.email, password: PASSWORD, ip: newIp() }));
    expect(early.code).toBe("rate-limited");
    expect(early.message).toMatch(/^Too many failed sign-ins: try again in 1 second$/);
    expect(early.details.retryAfterSeconds).toBe(1);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(account.free);
  });

  it("never keep an account's owner out for more than a minute, however many failures others pile up", async () => {
    const user = await newUser();
    await failures(user.email, 500, new Date(Date.now() - 5_000));
    const refused = await rejection(signIn({ email: user.email, password: PASSWORD, ip: newIp() }));
    expect(refused.code).toBe("rate-limited");
    expect(refused.details.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(secondsIn(refused.message)).toBeLessThanOrEqual(60);

    // A minute after the last failure the owner signs in, and that clears the failures.
    await db.loginAttempt.updateMany({ where: { email: user.email }, data: { createdAt: new Date(Date.now() - 61_000) } });
    await signIn({ email: user.email, password: PASSWORD, ip: newIp() });
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(0);
  });

  it("forget failures older than the window", async () => {
    const user = await newUser();
    await failures(user.email, 50, new Date(Date.now() - signInDelays.windowMs - 60_000));
    await signIn({ email: user.email, password: PASSWORD, ip: newIp() });
  });

  it("clear an account's failures when it signs in, so typos do not add up", async () => {
    const user = await newUser();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < account.free - 1; i++) {
        await rejection(signIn({ email: user.email, password: "wrong password!", ip: newIp() }));
      }
      await signIn({ email: user.email, password: PASSWORD, ip: newIp() });
    }
  });

  it(`slow an address after ${address.free} failures, for every account, up to fifteen minutes`, async () => {
    const ip = newIp();
    const user = await newUser();
    // Failures on other (unknown) accounts from one address, as a password spray makes them.
    await db.loginAttempt.createMany({
      data: Array.from({ length: address.free }, (_, i) => ({ email: `spray-${i}-${unique()}@example.org`, ip })),
    });
    const refused = await rejection(signIn({ email: user.email, password: PASSWORD, ip }));
    expect(refused.code).toBe("rate-limited");
    expect(refused.details.retryAfterSeconds).toBe(1);
    // The same account from another address is fine: the address is what is slowed.
    await signIn({ email: user.email, password: PASSWORD, ip: newIp() });
    // ...and that success does not clear the address's failures, which can grow to the ceiling.
    await db.loginAttempt.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ email: `more-${i}-${unique()}@example.org`, ip })) });
    const later = await rejection(signIn({ email: user.email, password: PASSWORD, ip }));
    expect(later.details.retryAfterSeconds).toBe(15 * 60);
    expect(later.message).toBe("Too many failed sign-ins: try again in 15 minutes");
  });

  it("let two people behind one address sign in at the same moment", async () => {
    const ip = newIp();
    const now = new Date();
    // A colleague's attempt from the same address, begun a few milliseconds after this one and
    // still being checked: it is no failure of this attempt's, and nothing is owed yet.
    await db.loginAttempt.create({ data: { email: `colleague-${unique()}@example.org`, ip, createdAt: new Date(now.getTime() + 5) } });
    const id = await reserveSignInAttempt({ email: `me-${unique()}@example.org`, ip, now });
    expect(await db.loginAttempt.count({ where: { id } })).toBe(1);

    // The same two attempts through sign-in itself, for two real accounts.
    const [me, colleague] = await Promise.all([newUser(), newUser()]);
    const sharedIp = newIp();
    await Promise.all([me, colleague].map((user) => signIn({ email: user.email, password: PASSWORD, ip: sharedIp })));
  });

  it("hold against parallel guesses", async () => {
    const user = await newUser();
    const results = await Promise.allSettled(
      Array.from({ length: account.free + 3 }, (_, i) => signIn({ email: user.email, password: `guess ${i} wrong`, ip: newIp() })),
    );
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as AppError).code : "signed-in"));
    expect(codes.filter((c) => c === "unauthenticated").length).toBeLessThanOrEqual(account.free);
    expect(codes.filter((c) => c === "rate-limited").length).toBeGreaterThanOrEqual(3);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBeLessThanOrEqual(account.free);
  });
});
