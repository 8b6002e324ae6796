// Accounts for end-to-end tests, in the database the app under test uses.
//
//   const editor = await signInAs(page, "editor");   // one shared editor per worker
//   const user = await createTestUser("admin");      // a fresh account of your own
//   await signInWith(page, user);                    // through the /sign-in form
//
// Each worker's shared editor and admin are made by the real command-line script
// (scripts/create-admin.ts); other accounts by the function it calls, in the worker's setup
// process (./setup-process.ts). signInAs opens the page a session of its own, as signing in
// does, without the form; signInWith goes through the form, which auth.spec.ts and
// account.spec.ts test. Tests that disable, demote or lock an account must use a fresh one,
// not signInAs's.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { query } from "./db";
import { runSetupCommand } from "./setup-process";

export type Role = "editor" | "admin";
export type TestUser = { id: string; email: string; name: string; role: Role; password: string };

const url = process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db";
export const TEST_PASSWORD = "e2e correct horse battery";

function newAccount(role: Role, options: { name?: string; password?: string }) {
  const tag = randomUUID().slice(0, 8);
  return {
    email: `e2e-${role}-${tag}@example.org`,
    name: options.name ?? `E2E ${role === "admin" ? "Admin" : "Editor"} ${tag}`,
    role,
    password: options.password ?? TEST_PASSWORD,
  };
}

/** Creates an account, as scripts/create-admin.ts does, and returns it. */
export async function createTestUser(role: Role, options: { name?: string; password?: string } = {}): Promise<TestUser> {
  const { email, name, password } = newAccount(role, options);
  const { id } = await runSetupCommand<{ id: string }>("user", email, name, role, password);
  return { id, email, name, role, password };
}

/** Creates an account with scripts/create-admin.ts itself, run as an operator runs it. */
async function createTestUserWithScript(role: Role): Promise<TestUser> {
  const { email, name, password } = newAccount(role, {});
  execFileSync(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/create-admin.ts", "--email", email, "--name", name, "--role", role],
    { env: { ...process.env, DATABASE_URL: url, PARLEY_ADMIN_PASSWORD: password }, stdio: "pipe" },
  );
  const [row] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = ?`, [email]);
  if (!row) throw new Error(`create-admin did not create ${email}`);
  return { id: row.id, email, name, role, password };
}

/** Signs the page in through the form and waits until it has left /sign-in. */
export async function signInWith(page: Page, user: TestUser, next = "/"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Hashing the password is slow on purpose, and slower still when both test workers and
  // both servers share two cores: give it time, and say what the form answered if it stays.
  try {
    await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 30_000 });
  } catch (error) {
    const answer = (await page.locator("#sign-in-status").textContent().catch(() => null))?.trim();
    throw new Error(`Signing in as ${user.email} stayed on the form${answer ? `, which said “${answer}”` : ""}`, { cause: error });
  }
}

const shared = new Map<Role, Promise<TestUser>>();

/** This worker's shared editor or admin (created on first use). */
export function sharedUser(role: Role): Promise<TestUser> {
  if (!shared.has(role)) shared.set(role, createTestUserWithScript(role));
  return shared.get(role)!;
}

/**
 * Signs the page in as this worker's shared editor or admin, with a session of its own (so a
 * test that signs it out leaves the others signed in), and opens `next`. No form: it cost a
 * page, a password hash and a redirect each time, and the form has tests of its own.
 */
export async function signInAs(page: Page, role: Role, next = "/"): Promise<TestUser> {
  const user = await sharedUser(role);
  const { token, expiresAt } = await runSetupCommand<{ token: string; expiresAt: string }>("session", user.id);
  const origin = test.info().project.use.baseURL!;
  // The cookie the sign-in form sets over plain HTTP (lib/auth/session-cookie.ts).
  await page.context().addCookies([
    { name: "parley_session", value: token, url: origin, httpOnly: true, sameSite: "Lax", expires: Date.parse(expiresAt) / 1000 },
  ]);
  await page.goto(next);
  await expect(page, `signed in as ${user.email}`).not.toHaveURL(/\/sign-in/);
  await untilTextAreasHydrated(page);
  return user;
}

/**
 * Waits until React has taken over the page's text areas. Until then React may still write a
 * text area's stored text back into it, and a test's typing can land in the middle of that
 * (components/forms/textarea.tsx keeps what was typed, but not a selection made just before):
 * tests of other things must not race it. editing-before-scripts.spec.ts types early on purpose.
 */
export async function untilTextAreasHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("textarea")].every((area) => Object.keys(area).some((key) => key.startsWith("__reactFiber$"))),
  );
}
