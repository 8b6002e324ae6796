// Accounts for end-to-end tests. Users are made by the real command-line script
// (scripts/create-admin.ts) against the database the app under test uses, then sign in
// through the real /sign-in form.
//
//   const editor = await signInAs(page, "editor");   // one shared editor per worker
//   const user = createTestUser("admin");            // a fresh account of your own
//   await signInWith(page, user);
//
// Tests that disable, demote or lock an account must use a fresh one, not signInAs's.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { query } from "./db";

export type Role = "editor" | "admin";
export type TestUser = { id: string; email: string; name: string; role: Role; password: string };

const url = process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db";
export const TEST_PASSWORD = "e2e correct horse battery";

/** Creates an account (synchronously, through scripts/create-admin.ts) and returns it. */
export async function createTestUser(role: Role, options: { name?: string; password?: string } = {}): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const email = `e2e-${role}-${tag}@example.org`;
  const name = options.name ?? `E2E ${role === "admin" ? "Admin" : "Editor"} ${tag}`;
  const password = options.password ?? TEST_PASSWORD;
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

/** Signs in as this worker's shared editor or admin (created on first use). */
export async function signInAs(page: Page, role: Role, next = "/"): Promise<TestUser> {
  if (!shared.has(role)) shared.set(role, createTestUser(role));
  const user = await shared.get(role)!;
  await signInWith(page, user, next);
  return user;
}
