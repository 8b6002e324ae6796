// Account management and API tokens: admin-only functions, token issue/verify/revoke and
// scopes, against the database DATABASE_URL names (both engines, via scripts/test.sh).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/auth/api-tokens";
import { createUser, createUserFromCommandLine } from "@/lib/auth/create-user";
import { changeRole, disableUser, enableUser, listUsers } from "@/lib/auth/manage-users";
import { assertCanEdit, assertIsAdmin } from "@/lib/auth/permissions";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";

afterAll(() => db.$disconnect());

const PASSWORD = "correct horse battery staple";
const unique = () => randomUUID().slice(0, 8);
const bearer = (token: string) => `Bearer ${token}`;

async function account(role: "editor" | "admin"): Promise<Actor & { id: string }> {
  const user = await createUserFromCommandLine({ email: `${role}-${unique()}@example.org`, name: `${role} ${unique()}`, role, password: PASSWORD });
  return { id: user.id, label: user.name, role };
}

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "allowed";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

let admin: Actor & { id: string };
let editor: Actor & { id: string };
beforeAll(async () => {
  [admin, editor] = await Promise.all([account("admin"), account("editor")]);
});

describe("admin-only functions", () => {
  const calls: Record<string, (actor: Actor | null) => Promise<unknown>> = {
    createUser: (actor) => createUser({ actor, input: { email: `x-${unique()}@example.org`, name: "X", role: "editor", password: PASSWORD } }),
    listUsers: (actor) => listUsers({ actor }),
    disableUser: (actor) => disableUser({ actor, userId: editor.id }),
    enableUser: (actor) => enableUser({ actor, userId: editor.id }),
    changeRole: (actor) => changeRole({ actor, userId: editor.id, role: "admin" }),
    createApiToken: (actor) => createApiToken({ actor, input: { name: "t", scope: "read" } }),
    revokeApiToken: (actor) => revokeApiToken({ actor, id: "no-such-token" }),
    listApiTokens: (actor) => listApiTokens({ actor }),
  };

  it.each(Object.keys(calls))("%s refuses readers, editors and API tokens, and changes nothing", async (name) => {
    const call = calls[name]!;
    const before = { users: await db.user.count(), tokens: await db.apiToken.count(), editor: await db.user.findUnique({ where: { id: editor.id } }) };
    expect(await codeOf(() => call(null))).toBe("unauthenticated");
    expect(await codeOf(() => call({ id: null, label: "Parley seed" }))).toBe("unauthenticated");
    expect(await codeOf(() => call(editor))).toBe("forbidden");
    expect(await codeOf(() => call({ ...admin, scope: "write" }))).toBe("forbidden");
    expect(await db.user.count()).toBe(before.users);
    expect(await db.apiToken.count()).toBe(before.tokens);
    expect(await db.user.findUnique({ where: { id: editor.id } })).toEqual(before.editor);
  });
});

describe("managing users", () => {
  it("creates accounts, refusing a taken email and a short password with field errors", async () => {
    const email = `new-${unique()}@example.org`;
    const user = await createUser({ actor: admin, input: { email: email.toUpperCase(), name: " Grace ", role: "editor", password: PASSWORD } });
    expect(user).toMatchObject({ email, name: "Grace", role: "editor", disabledAt: null });
    expect(user).not.toHaveProperty("passwordHash");

    const taken = await codeAndFields(() => createUser({ actor: admin, input: { email, name: "G", role: "editor", password: PASSWORD } }));
    expect(taken).toEqual({ code: "conflict", fields: ["email"] });
    const weak = await codeAndFields(() => createUser({ actor: admin, input: { email: `w-${unique()}@example.org`, name: "W", role: "boss", password: "short" } }));
    expect(weak).toEqual({ code: "validation", fields: ["password", "role"] });
  });

  it("lists users without their password hashes", async () => {
    const users = await listUsers({ actor: admin });
    expect(users.map((u) => u.id)).toEqual(expect.arrayContaining([admin.id, editor.id]));
    for (const u of users) {
      expect(Object.keys(u).sort()).toEqual(["createdAt", "disabledAt", "email", "id", "name", "passwordResetRequiredAt", "role", "temporaryPasswordUntil"]);
    }
  });

  it("changes roles, taking effect on the next request", async () => {
    const other = await account("editor");
    const session = await signInDirect(other.id);
    await changeRole({ actor: admin, userId: other.id, role: "admin" });
    expect((await resolveActor({ sessionToken: session }))?.role).toBe("admin");
    await changeRole({ actor: admin, userId: other.id, role: "editor" });
    expect((await resolveActor({ sessionToken: session }))?.role).toBe("editor");
    expect(await codeOf(() => changeRole({ actor: admin, userId: other.id, role: "owner" }))).toBe("validation");
    expect(await codeOf(() => changeRole({ actor: admin, userId: "missing", role: "admin" }))).toBe("not-found");
  });

  it("does not let an admin disable or demote themself", async () => {
    expect(await codeOf(() => disableUser({ actor: admin, userId: admin.id }))).toBe("conflict");
    expect(await codeOf(() => changeRole({ actor: admin, userId: admin.id, role: "editor" }))).toBe("conflict");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });
});

describe("API tokens", () => {
  it("are shown once, stored as a SHA-256 hash with a display prefix, and act as their issuer", async () => {
    const { token, apiToken } = await createApiToken({ actor: admin, input: { name: "  nightly export ", scope: "read" } });
    expect(token).toMatch(/^parley_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: "nightly export", scope: "read", prefix: token.slice(0, 13), revokedAt: null, lastUsedAt: null });
    expect(apiToken).not.toHaveProperty("tokenHash");
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.tokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(await listApiTokens({ actor: admin }))).not.toContain(token);

    const actor = await resolveActor({ authorization: bearer(token) });
    expect(actor).toEqual({ id: admin.id, label: `${admin.label} (API token “nightly export”)`, role: "admin", scope: "read" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt).not.toBeNull();
  });

  it("let a write token edit and stop a read token from editing", async () => {
    const read = await createApiToken({ actor: admin, input: { name: "reader", scope: "read" } });
    const write = await createApiToken({ actor: admin, input: { name: "writer", scope: "write" } });
    const readActor = await resolveActor({ authorization: bearer(read.token) });
    const writeActor = await resolveActor({ authorization: bearer(write.token) });
    expect(() => assertCanEdit(readActor)).toThrow("This API token is read-only");
    expect(() => assertCanEdit(writeActor)).not.toThrow();
    // Even an admin's write token cannot manage accounts.
    expect(() => assertIsAdmin(writeActor)).toThrow(AppError);
  });

  it("stop working when revoked, when their issuer is disabled, or when wrong", async () => {
    const issuer = await account("admin");
    const { token, apiToken } = await createApiToken({ actor: issuer, input: { name: "import script", scope: "write" } });
    expect(await resolveActor({ authorization: bearer(token) })).not.toBeNull();

    await disableUser({ actor: admin, userId: issuer.id });
    expect(await resolveActor({ authorization: bearer(token) })).toBeNull();
    await enableUser({ actor: admin, userId: issuer.id });
    expect(await resolveActor({ authorization: bearer(token) })).not.toBeNull();

    const revoked = await revokeApiToken({ actor: admin, id: apiToken.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await resolveActor({ authorization: bearer(token) })).toBeNull();
    expect((await revokeApiToken({ actor: admin, id: apiToken.id })).revokedAt).toEqual(revoked.revokedAt);

    expect(await resolveActor({ authorization: bearer(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A")) })).toBeNull();
    expect(await resolveActor({ authorization: "Basic abc" })).toBeNull();
    expect(await resolveActor({ authorization: bearer("parley_") })).toBeNull();
  });

  it("are refused with a clear field error when unnamed or of an unknown scope", async () => {
    expect(await codeAndFields(() => createApiToken({ actor: admin, input: { name: "  ", scope: "admin" } }))).toEqual({
      code: "validation",
      fields: ["name", "scope"],
    });
  });

  it("are listed working first, then the rest with why they do not work, with who issued them", async () => {
    const tokens = await listApiTokens({ actor: admin });
    const firstStopped = tokens.findIndex((t) => t.status !== "active");
    expect(firstStopped).toBeGreaterThan(0);
    expect(tokens.slice(firstStopped).every((t) => t.status !== "active")).toBe(true);
    expect(tokens.filter((t) => t.revokedAt).every((t) => t.status === "revoked")).toBe(true);
    expect(tokens[0]!.createdBy).toEqual({ id: expect.any(String), name: expect.any(String), role: "admin", disabledAt: null });
  });
});

async function codeAndFields(run: () => Promise<unknown>) {
  try {
    await run();
    return { code: "allowed", fields: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, fields: Object.keys(error.details.fieldErrors ?? {}).sort() };
  }
}

async function signInDirect(userId: string) {
  const { createSession } = await import("@/lib/auth/sessions");
  return (await createSession(userId)).token;
}
