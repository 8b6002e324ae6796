import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { execute, query } from "./support/db";
import { createTestUser, signInAs, signInWith } from "./support/users";

const status = (page: Page) => page.getByRole("status").filter({ hasText: /\S/ });
const sessionsOf = async (userId: string) =>
  Number((await query<{ n: number }>(`SELECT COUNT(*) AS n FROM "Session" WHERE "userId" = ?`, [userId]))[0]!.n);

test("an editor signs in after a wrong password, then signs out", async ({ page }) => {
  const editor = await createTestUser("editor");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(status(page)).toHaveText("Email or password is incorrect");
  // The keyboard is brought back to the outcome, not left on the page's body.
  await expect(status(page)).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveValue(editor.email);
  await expect(page.getByLabel("Password")).toHaveValue("");
  expect(await sessionsOf(editor.id)).toBe(0);

  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  expect(await sessionsOf(editor.id)).toBe(1);
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === "parley_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  await page.goto("/sign-in");
  await expect(page.getByText(`You are signed in as ${editor.name} (editor)`)).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");
  expect(await sessionsOf(editor.id)).toBe(0);
  expect((await page.context().cookies()).some((c) => c.name === "parley_session")).toBe(false);
});

test("an address the browser takes but Parley does not is refused beside the field, not with an error page", async ({ page }) => {
  await page.goto("/sign-in");
  // type="email" lets "name@host" through; the server's rule wants a domain with a dot.
  await page.getByLabel("Email").fill("editor@example");
  await page.getByLabel("Password").fill("any password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address like name@example.org")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("editor@example");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in shows errors beside the fields and signs in", async ({ page }) => {
    const editor = await createTestUser("editor");
    await page.goto("/sign-in?next=/sign-in");
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill("wrong password here");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(status(page)).toHaveText("Email or password is incorrect");

    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(`You are signed in as ${editor.name}`)).toBeVisible();
  });
});

test("repeated failures slow the account down with a clear message, but never lock it for good", async ({ page }) => {
  const editor = await createTestUser("editor");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(editor.email);
  const attempts = async () =>
    Number((await query<{ n: number }>(`SELECT COUNT(*) AS n FROM "LoginAttempt" WHERE email = ?`, [editor.email]))[0]!.n);
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(attempts).toBe(i);
    await expect(status(page)).toHaveText("Email or password is incorrect");
    // The form is reset once the answer is in: only then type the next guess.
    await expect(page.getByLabel("Password")).toHaveValue("");
  }
  // Someone else kept guessing: ten failures now, the last just now.
  const stamp = (ms: number) => new Date(Date.now() + ms).toISOString().replace("Z", "+00:00");
  for (let i = 0; i < 5; i++) {
    await execute(`INSERT INTO "LoginAttempt" (id, email, ip, "createdAt") VALUES (?, ?, ?, ?)`, [`e2e-${Date.now()}-${i}`, editor.email, "203.0.113.66", stamp(0)]);
  }
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(status(page)).toHaveText(/^Too many failed sign-ins: try again in \d+ seconds?$/);
  const seconds = Number(/in (\d+) second/.exec((await status(page).textContent()) ?? "")?.[1]);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(await sessionsOf(editor.id)).toBe(0);

  // A minute after the last failure the editor signs in, however many failures there were.
  await execute(`UPDATE "LoginAttempt" SET "createdAt" = ? WHERE email = ?`, [stamp(-61_000), editor.email]);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  expect(await sessionsOf(editor.id)).toBe(1);
});

test("admin pages send readers and editors to sign in", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL("/sign-in?next=%2Fadmin%2Fusers");
  await signInAs(page, "editor");
  await page.goto("/admin/tokens");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Ftokens&need=admin$/);
  await expect(page.getByText("That page needs an admin account")).toBeVisible();
});

test("an admin creates an editor, issues a token shown once, and revokes it", async ({ page }) => {
  const admin = await signInAs(page, "admin", "/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const tag = Date.now();
  const email = `e2e-new-${tag}@example.org`;
  const name = `Grace Hopper ${tag}`;
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").selectOption("editor");
  await form.getByLabel("First password").fill("a first password for Grace");
  // An email already in use comes back from the server as an error beside the field.
  await form.getByLabel("Email").fill(admin.email.toUpperCase());
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription("An account with this email already exists");
  await expect(form.getByRole("status")).toHaveText("An account with this email already exists");

  await expect(form.getByLabel("First password")).toHaveValue("");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("First password").fill("a first password for Grace");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toContainText(`Created editor ${name} (${email})`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Active");
  const [stored] = await query<{ role: string; disabledAt: unknown }>(`SELECT role, "disabledAt" FROM "User" WHERE email = ?`, [email]);
  expect(stored).toEqual({ role: "editor", disabledAt: null });

  await row.getByRole("button", { name: `Disable: ${name}` }).click();
  await expect(row).toContainText("Disabled");

  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  const tokenName = `e2e export ${Date.now()}`;
  await page.getByLabel("Name").fill(tokenName);
  await page.getByLabel(/^Write/).check();
  await page.getByRole("button", { name: "Issue token" }).click();
  const shown = page.getByLabel("Your new token");
  await expect(shown).toHaveValue(/^parley_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("it is shown only once")).toBeVisible();
  const token = await shown.inputValue();
  const [saved] = await query<{ id: string; tokenHash: string; scope: string; prefix: string }>(
    `SELECT id, "tokenHash", scope, prefix FROM "ApiToken" WHERE name = ?`,
    [tokenName],
  );
  expect(saved).toMatchObject({ tokenHash: createHash("sha256").update(token).digest("hex"), scope: "write", prefix: token.slice(0, 13) });

  const listed = page.getByRole("row", { name: new RegExp(tokenName) });
  await expect(listed).toContainText(`${token.slice(0, 13)}…`);
  await page.reload();
  await expect(page.getByLabel("Your new token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  await listed.getByRole("button", { name: `Revoke “${tokenName}”` }).click();
  await expect(listed).toContainText("Revoked");
  const [revoked] = await query<{ revokedAt: unknown }>(`SELECT "revokedAt" FROM "ApiToken" WHERE id = ?`, [saved!.id]);
  expect(revoked!.revokedAt).not.toBeNull();
});

test("an account an admin creates signs in, choosing its own password first", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  await signInWith(page, admin, "/admin/users");
  const email = `e2e-made-${Date.now()}@example.org`;
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Name").fill("Made By Admin");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("First password").fill("made by admin password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toContainText("Created editor");

  // The admin chose the first password, so the person chooses their own when they first sign in.
  const other = await browser.newPage();
  await other.goto("/sign-in");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("made by admin password");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(status(other)).toHaveText(/^An admin has asked you to choose a new password/);
  await other.getByLabel("Current password").fill("made by admin password");
  await other.getByLabel("New password").fill("my own words for a password");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL("/");
  await other.goto("/sign-in");
  await expect(other.getByText("You are signed in as Made By Admin (editor)")).toBeVisible();
  await other.close();
});

test("sign-in and admin pages, errors showing, have no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@example.org`);
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(status(page)).toHaveText("Email or password is incorrect");
  await expectNoSeriousA11yViolations(page);

  const admin = await signInAs(page, "admin", "/admin/users");
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Name").fill("Duplicate");
  await form.getByLabel("Email").fill(admin.email);
  await form.getByLabel("First password").fill("long enough password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill(`a11y ${Date.now()}`);
  await page.getByRole("button", { name: "Issue token" }).click();
  await expect(page.getByLabel("Your new token")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
