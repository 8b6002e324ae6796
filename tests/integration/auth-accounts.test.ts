// Account hygiene against the database DATABASE_URL names (both engines): session lifetimes,
// changing a password, signing out everywhere, a password reset an admin requires, API
// token expiry and issuers, and the security events all of these leave behind.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { changePassword } from "@/lib/auth/change-password";
import { createUser, createUserFromCommandLine } from "@/lib/auth/create-user";
import { changeRole, disableUser, requirePasswordReset } from "@/lib/auth/manage-users";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { listSecurityEvents } from "@/lib/auth/security-events";
import { createSession, findSessionUser, SESSION_LIMITS } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { signOutEverywhere } from "@/lib/auth/sign-out";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

afterAll(() => db.$disconnect());

const PASSWORD = "correct horse battery staple";
const NEW_PASSWORD = "quiet orchard lantern seventeen";
const unique = () => randomUUID().slice(0, 8);
const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}-${unique()}`;
const MINUTE = 60_000;

async function person(role: "editor" | "admin" = "editor") {
  const email = `acct-${unique()}@example.org`;
  const user = await createUserFromCommandLine({ email, name: `Person ${unique()}`, role, password: PASSWORD });
  return { ...user, email, actor: { id: user.id, label: user.name, role } };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const sessionRow = (token: string) => db.session.findUnique({ where: { tokenHash: hashSecretToken(token) } });

describe("sessions", () => {
  it("end after 30 minutes without use, each use renewing them", async () => {
    const user = await person();
    const start = new Date();
    const { token } = await createSession(user.id, start);
    const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

    // Used every 25 minutes, a session lives on...
    for (const minutes of [25, 50, 75]) expect((await findSessionUser(token, at(minutes)))?.id).toBe(user.id);
    expect((await sessionRow(token))?.lastUsedAt).toEqual(at(75));
    // ...left alone for 30, it is gone, and its row with it.
    expect(await findSessionUser(token, at(75 + 30))).toBeNull();
    expect(await sessionRow(token)).toBeNull();
  });

  it("end 12 hours after sign-in however busy they are", async () => {
    const user = await person();
    const start = new Date();
    const { token, expiresAt } = await createSession(user.id, start);
    expect(expiresAt.getTime() - start.getTime()).toBe(SESSION_LIMITS.lifetimeMs);
    let minutes = 0;
    for (; minutes < 12 * 60; minutes += 20) expect(await findSessionUser(token, new Date(start.getTime() + minutes * MINUTE))).not.toBeNull();
    expect(await findSessionUser(token, new Date(start.getTime() + 12 * 60 * MINUTE))).toBeNull();
  });

  it("write down use at most once a minute", async () => {
    const user = await person();
    const start = new Date();
    const { token } = await createSession(user.id, start);
    await findSessionUser(token, new Date(start.getTime() + 30_000));
    expect((await sessionRow(token))?.lastUsedAt).toEqual(start);
  });
});

describe("changing one's password", () => {
  it("needs the current password, and ends the user's other sessions but not this one", async () => {
    const user = await person();
    const here = await signIn({ email: user.email, password: PASSWORD, ip: ip() });
    const elsewhere = await signIn({ email: user.email, password: PASSWORD, ip: ip() });
    const actor = await resolveActor({ sessionToken: here.token });

    const wrong = await failure(changePassword({ actor, sessionToken: here.token, input: { currentPassword: "not my password", newPassword: NEW_PASSWORD }, ip: ip() }));
    expect(wrong.details.fieldErrors).toEqual({ currentPassword: ["Your current password is not correct"] });
    // A wrong current password counts like a failed sign-in.
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(1);

    const done = await changePassword({ actor, sessionToken: here.token, input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, ip: ip() });
    expect(done).toEqual({ otherSessionsEnded: 1 });
    expect(await resolveActor({ sessionToken: here.token })).not.toBeNull();
    expect(await resolveActor({ sessionToken: elsewhere.token })).toBeNull();
    expect((await failure(signIn({ email: user.email, password: PASSWORD, ip: ip() }))).code).toBe("unauthenticated");
    await signIn({ email: user.email, password: NEW_PASSWORD, ip: ip() });
  });

  it("refuses the same password, an easily guessed one, and an API token", async () => {
    const user = await person("admin");
    const { token } = await createSession(user.id);
    const change = (newPassword: string) => changePassword({ actor: user.actor, sessionToken: token, input: { currentPassword: PASSWORD, newPassword }, ip: ip() });
    expect((await failure(change(PASSWORD))).details.fieldErrors).toEqual({ newPassword: ["Choose a password different from your current one"] });
    expect((await failure(change("passwordpassword"))).details.fieldErrors?.newPassword?.[0]).toMatch(/^Choose a password that is harder to guess: it repeats/);
    expect((await failure(change(`${user.email}1234`))).details.fieldErrors?.newPassword?.[0]).toMatch(/it contains your email or name/);
    expect((await failure(change("x".repeat(129)))).details.fieldErrors?.newPassword).toEqual(["A password has at most 128 characters"]);
    const viaToken = await failure(changePassword({ actor: { ...user.actor, scope: "write" }, sessionToken: null, input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, ip: ip() }));
    expect(viaToken.code).toBe("forbidden");
  });
});

describe("one's sessions", () => {
  it("are listed with where they were opened, and one can be signed out without the others", async () => {
    const { listUserSessions } = await import("@/lib/auth/sessions");
    const { signOutSession } = await import("@/lib/auth/sign-out");
    const user = await person();
    const here = await signIn({ email: user.email, password: PASSWORD, ip: "192.0.2.10" });
    const there = await signIn({ email: user.email, password: PASSWORD, ip: "198.51.100.20" });
    const listed = await listUserSessions(user.id, here.token);
    expect(listed.map((s) => [s.address, s.current])).toEqual([
      ["198.51.100.20", false],
      ["192.0.2.10", true],
    ]);
    expect(listed[0]).not.toHaveProperty("tokenHash");

    // Another user's session id ends nothing.
    const stranger = await person();
    expect(await signOutSession({ actor: stranger.actor, sessionId: listed[0]!.id })).toEqual({ ended: 0 });
    expect(await signOutSession({ actor: user.actor, sessionId: listed[0]!.id })).toEqual({ ended: 1 });
    expect(await resolveActor({ sessionToken: there.token })).toBeNull();
    expect(await resolveActor({ sessionToken: here.token })).not.toBeNull();
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the user, this one included", async () => {
    const user = await person();
    const sessions = await Promise.all([createSession(user.id), createSession(user.id), createSession(user.id)]);
    expect(await signOutEverywhere({ actor: user.actor })).toEqual({ ended: 3 });
    for (const { token } of sessions) expect(await resolveActor({ sessionToken: token })).toBeNull();
    expect((await failure(signOutEverywhere({ actor: null }))).code).toBe("unauthenticated");
  });
});

describe("a password reset an admin requires", () => {
  it("signs the account out, opens no session until a new password is chosen, then works as usual", async () => {
    const admin = await person("admin");
    const user = await person();
    const before = await createSession(user.id);
    await requirePasswordReset({ actor: admin.actor, userId: user.id });
    expect(await resolveActor({ sessionToken: before.token })).toBeNull();

    const asked = await failure(signIn({ email: user.email, password: PASSWORD, ip: ip() }));
    expect(asked.code).toBe("validation");
    expect(asked.message).toMatch(/^An admin has asked you to choose a new password/);
    expect(asked.details.fieldErrors).toEqual({ newPassword: ["Choose a new password"] });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // The current password is still checked first.
    expect((await failure(signIn({ email: user.email, password: "not the password", newPassword: NEW_PASSWORD, ip: ip() }))).code).toBe("unauthenticated");
    expect((await failure(signIn({ email: user.email, password: PASSWORD, newPassword: PASSWORD, ip: ip() }))).details.fieldErrors).toEqual({
      newPassword: ["Choose a password different from your current one"],
    });

    const session = await signIn({ email: user.email, password: PASSWORD, newPassword: NEW_PASSWORD, ip: ip() });
    expect((await resolveActor({ sessionToken: session.token }))?.id).toBe(user.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordResetRequiredAt).toBeNull();
    await signIn({ email: user.email, password: NEW_PASSWORD, ip: ip() });
  });

  it("is required of accounts an admin makes, whose first password the admin chose", async () => {
    const admin = await person("admin");
    const email = `made-${unique()}@example.org`;
    const made = await createUser({ actor: admin.actor, input: { email, name: "Made", role: "editor", password: PASSWORD } });
    expect(made.passwordResetRequiredAt).toBeInstanceOf(Date);
    expect((await failure(signIn({ email, password: PASSWORD, ip: ip() }))).details.fieldErrors).toHaveProperty("newPassword");
    await signIn({ email, password: PASSWORD, newPassword: NEW_PASSWORD, ip: ip() });
  });

  it("cannot be required of oneself, and only by an admin", async () => {
    const admin = await person("admin");
    const editor = await person();
    expect((await failure(requirePasswordReset({ actor: admin.actor, userId: admin.id }))).code).toBe("conflict");
    expect((await failure(requirePasswordReset({ actor: editor.actor, userId: admin.id }))).code).toBe("forbidden");
  });
});

describe("API tokens", () => {
  const bearer = (token: string) => `Bearer ${token}`;

  it("stop working when they expire, and may be issued without an expiry", async () => {
    const admin = await person("admin");
    const now = new Date();
    const month = await createApiToken({ actor: admin.actor, input: { name: "monthly", scope: "read", expiresInDays: "30" }, now });
    expect(month.apiToken.expiresAt).toEqual(new Date(now.getTime() + 30 * 24 * 60 * MINUTE));
    const forever = await createApiToken({ actor: admin.actor, input: { name: "archive", scope: "read", expiresInDays: "never" } });
    expect(forever.apiToken.expiresAt).toBeNull();
    expect(await resolveActor({ authorization: bearer(month.token) })).not.toBeNull();

    await db.apiToken.update({ where: { id: month.apiToken.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveActor({ authorization: bearer(month.token) })).toBeNull();
    expect(await resolveActor({ authorization: bearer(forever.token) })).not.toBeNull();
    expect((await failure(createApiToken({ actor: admin.actor, input: { name: "x", scope: "read", expiresInDays: "7" } }))).details.fieldErrors).toHaveProperty("expiresInDays");
  });

  it("stop working while their issuer is no longer an admin", async () => {
    const admin = await person("admin");
    const issuer = await person("admin");
    const { token } = await createApiToken({ actor: issuer.actor, input: { name: "sync", scope: "write" } });
    expect(await resolveActor({ authorization: bearer(token) })).toMatchObject({ id: issuer.id, role: "admin" });
    await changeRole({ actor: admin.actor, userId: issuer.id, role: "editor" });
    expect(await resolveActor({ authorization: bearer(token) })).toBeNull();
    await changeRole({ actor: admin.actor, userId: issuer.id, role: "admin" });
    expect(await resolveActor({ authorization: bearer(token) })).not.toBeNull();
  });
});

describe("security events", () => {
  it("record sign-ins, password changes, role changes and tokens, as rows and as JSON lines without secrets", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "info").mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      const admin = await person("admin");
      const user = await person();
      const from = ip();
      await failure(signIn({ email: user.email, password: "a wrong password", ip: from }));
      const session = await signIn({ email: user.email, password: PASSWORD, ip: from });
      await changePassword({ actor: user.actor, sessionToken: session.token, input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, ip: from });
      await changeRole({ actor: admin.actor, userId: user.id, role: "admin" });
      const { token, apiToken } = await createApiToken({ actor: admin.actor, input: { name: `probe ${unique()}`, scope: "read" } });
      const { revokeApiToken } = await import("@/lib/auth/api-tokens");
      await revokeApiToken({ actor: admin.actor, id: apiToken.id });
      await disableUser({ actor: admin.actor, userId: user.id });

      const events = (await listSecurityEvents({ actor: admin.actor, limit: 50 })).filter(
        (e) => e.subject === user.email || e.subject === apiToken.name,
      );
      expect(events.map((e) => [e.event, e.outcome]).reverse()).toEqual([
        ["account-created", "success"],
        ["sign-in", "failure"],
        ["sign-in", "success"],
        ["password-change", "success"],
        ["role-change", "success"],
        ["token-issued", "success"],
        ["token-revoked", "success"],
        ["account-disabled", "success"],
      ]);
      expect(events.find((e) => e.event === "sign-in" && e.outcome === "failure")).toMatchObject({ address: from, detail: "wrong password", actorId: null });
      expect(events.find((e) => e.event === "role-change")).toMatchObject({ actorId: admin.id, detail: "editor → admin" });

      const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const signInLine = parsed.find((l) => l.event === "sign-in" && l.outcome === "success" && l.subject === user.email)!;
      expect(Object.keys(signInLine)).toEqual(["time", "type", "event", "outcome", "actor", "subject", "address", "detail"]);
      expect(signInLine).toMatchObject({ type: "security", actor: { id: user.id, label: user.name }, address: from });
      const everything = lines.join("\n");
      for (const secret of [PASSWORD, NEW_PASSWORD, "a wrong password", token, session.token]) expect(everything).not.toContain(secret);
    } finally {
      spy.mockRestore();
    }
  });

  it("are listed only for admins", async () => {
    const editor = await person();
    expect((await failure(listSecurityEvents({ actor: editor.actor }))).code).toBe("forbidden");
  });
});

describe("access-control refusals", () => {
  it("are logged as security lines, naming who was refused what", async () => {
    const { assertCanEdit, assertIsAdmin } = await import("@/lib/auth/permissions");
    const lines: string[] = [];
    const spy = vi.spyOn(console, "info").mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      const editor = await person();
      expect(() => assertIsAdmin(editor.actor)).toThrow("Only admins may do this");
      expect(() => assertCanEdit({ ...editor.actor, scope: "read" })).toThrow("This API token is read-only");
      expect(() => assertCanEdit(null)).toThrow("Sign in to make changes");
      await vi.waitFor(() => expect(lines.filter((l) => l.includes('"access-denied"'))).toHaveLength(3));
      const [first] = lines.filter((l) => l.includes('"access-denied"')).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(first).toMatchObject({ type: "security", event: "access-denied", outcome: "failure", actor: { id: editor.id }, detail: "Only admins may do this" });
    } finally {
      spy.mockRestore();
    }
  });
});

describe("a temporary password an admin gives for a forgotten one", () => {
  it("replaces the password, signs in only to choose a new one, and only for three days", async () => {
    const { TEMPORARY_PASSWORD_MS } = await import("@/lib/auth/manage-users");
    const admin = await person("admin");
    const user = await person();
    const before = await createSession(user.id);
    const { temporaryPassword } = await requirePasswordReset({ actor: admin.actor, userId: user.id, temporaryPassword: true });
    expect(temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(await resolveActor({ sessionToken: before.token })).toBeNull();
    expect((await failure(signIn({ email: user.email, password: PASSWORD, ip: ip() }))).code).toBe("unauthenticated");
    expect((await failure(signIn({ email: user.email, password: temporaryPassword!, ip: ip() }))).details.fieldErrors).toHaveProperty("newPassword");

    // Three days on, it no longer signs in at all.
    await db.user.update({ where: { id: user.id }, data: { temporaryPasswordUntil: new Date(Date.now() - 1000) } });
    const expired = await failure(signIn({ email: user.email, password: temporaryPassword!, newPassword: NEW_PASSWORD, ip: ip() }));
    expect(expired.message).toBe("This temporary password has expired. Ask an admin for a new one.");

    const again = await requirePasswordReset({ actor: admin.actor, userId: user.id, temporaryPassword: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.temporaryPasswordUntil!.getTime() - Date.now()).toBeGreaterThan(TEMPORARY_PASSWORD_MS - MINUTE);
    await signIn({ email: user.email, password: again.temporaryPassword!, newPassword: NEW_PASSWORD, ip: ip() });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ passwordResetRequiredAt: null, temporaryPasswordUntil: null });
  });
});
