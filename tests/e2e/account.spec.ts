// A signed-in person's own account: changing the password (which signs out their other
// browsers), signing out everywhere, a new password an admin requires, and the admin's
// list of security events. Each test makes its own accounts; axe checks each screen.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { createTestUser, signInWith, type TestUser } from "./support/users";

const status = (page: Page) => page.getByRole("status").filter({ hasText: /\S/ });
const sessionsOf = async (userId: string) =>
  Number((await query<{ n: number }>(`SELECT COUNT(*) AS n FROM "Session" WHERE "userId" = ?`, [userId]))[0]!.n);

async function signedInElsewhere(browser: Browser, user: TestUser) {
  const other = await (await browser.newContext()).newPage();
  await signInWith(other, user);
  return other;
}

async function expectSignedOut(page: Page) {
  await page.goto("/sign-in");
  await expect(page.getByText("You are signed in as")).toHaveCount(0);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

test("an editor changes their password from their account page; their other browsers are signed out", async ({ page, browser }) => {
  const editor = await createTestUser("editor");
  const other = await signedInElsewhere(browser, editor);
  await signInWith(page, editor);
  await page.getByRole("banner").getByRole("link", { name: new RegExp(`^${editor.name}\\s*\\(your account\\)$`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText("You are signed in on 2 browsers")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const fresh = "violet harbour kettle ninety";
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password").fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("Your current password is not correct");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Current password").fill(editor.password);
  await page.getByLabel("New password").fill(fresh);
  // What was typed can be shown, to check a long passphrase before sending it.
  await page.getByRole("button", { name: "Show new" }).click();
  await expect(page.getByLabel("New password")).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(status(page)).toHaveText("Your password is changed. You were signed out on 1 other browser.");
  expect(await sessionsOf(editor.id)).toBe(1);

  await expectSignedOut(other);
  await signInWith(other, { ...editor, password: fresh });
  await other.close();
});

test("one other browser can be signed out from the list of sessions", async ({ page, browser }) => {
  const editor = await createTestUser("editor");
  const other = await signedInElsewhere(browser, editor);
  await signInWith(page, editor, "/account");
  const rows = page.getByRole("table", { name: "Your sessions" }).getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "This browser" })).toHaveCount(1);
  await rows.filter({ hasNotText: "This browser" }).getByRole("button", { name: /^Sign out the browser signed in/ }).click();
  await expect(rows).toHaveCount(2);
  expect(await sessionsOf(editor.id)).toBe(1);
  await expectSignedOut(other);
  await other.close();
});

test("signing out everywhere ends every session, this browser's too", async ({ page, browser }) => {
  const editor = await createTestUser("editor");
  const other = await signedInElsewhere(browser, editor);
  await signInWith(page, editor, "/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL("/sign-in?ended=everywhere");
  await expect(page.getByText("You are signed out on every browser and device.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await sessionsOf(editor.id)).toBe(0);
  expect((await page.context().cookies()).some((c) => c.name.endsWith("parley_session"))).toBe(false);
  await expectSignedOut(other);
  await other.close();
});

test("an admin requires a new password: the editor is signed out and chooses one at their next sign-in", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  const editor = await createTestUser("editor");
  const editorPage = await signedInElsewhere(browser, editor);

  await signInWith(page, admin, "/admin/users");
  const row = page.getByRole("row", { name: new RegExp(editor.name) });
  await row.getByRole("button", { name: `Require a new password: ${editor.name}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${editor.name} is signed out and must choose a new password at their next sign-in.`);
  await expect(row).toContainText("Active; must choose a new password");
  await expectNoSeriousA11yViolations(page);
  expect(await sessionsOf(editor.id)).toBe(0);

  await expectSignedOut(editorPage);
  await editorPage.getByLabel("Email").fill(editor.email);
  await editorPage.getByLabel("Password").fill(editor.password);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(status(editorPage)).toHaveText(/^An admin has asked you to choose a new password/);
  await expect(editorPage.getByLabel("New password")).toBeVisible();
  await expectNoSeriousA11yViolations(editorPage);
  expect(await sessionsOf(editor.id)).toBe(0);

  await editorPage.getByLabel("Current password").fill(editor.password);
  await editorPage.getByLabel("New password").fill(editor.password);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(editorPage.getByLabel("New password")).toHaveAccessibleDescription(/Choose a password different from your current one/);

  await editorPage.getByLabel("Current password").fill(editor.password);
  await editorPage.getByLabel("New password").fill("lantern quarry biscuit morning");
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(editorPage).toHaveURL("/");
  const [stored] = await query<{ required: unknown }>(`SELECT "passwordResetRequiredAt" AS required FROM "User" WHERE id = ?`, [editor.id]);
  expect(stored!.required).toBeNull();
  await editorPage.close();
});

test("an editor who forgot their password signs in with a temporary one an admin gives, and chooses their own", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  const editor = await createTestUser("editor");
  await signInWith(page, admin, "/admin/users");
  const row = page.getByRole("row", { name: new RegExp(editor.name) });
  await row.getByRole("button", { name: `Give a temporary password: ${editor.name}` }).click();
  const shown = row.getByLabel(`Temporary password for ${editor.name}`);
  await expect(shown).toHaveValue(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await expect(row).toContainText("has a temporary password until");
  await expectNoSeriousA11yViolations(page);
  const temporary = await shown.inputValue();

  const editorPage = await (await browser.newContext()).newPage();
  await editorPage.goto("/sign-in");
  await editorPage.getByLabel("Email").fill(editor.email);
  await editorPage.getByLabel("Password").fill(temporary);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(status(editorPage)).toHaveText(/^An admin has asked you to choose a new password/);
  await editorPage.getByLabel("Current password").fill(temporary);
  await editorPage.getByLabel("New password").fill("copper meadow sixty kites");
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(editorPage).toHaveURL("/");
  await editorPage.close();
});

test("admins see recent security events, failures among them", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  const target = await createTestUser("editor");
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto("/sign-in");
  await stranger.getByLabel("Email").fill(target.email);
  await stranger.getByLabel("Password").fill("a guess that is wrong");
  await stranger.getByRole("button", { name: "Sign in" }).click();
  await expect(status(stranger)).toHaveText("Email or password is incorrect");
  await stranger.close();

  await signInWith(page, admin, "/admin/security");
  await expect(page.getByRole("heading", { level: 1, name: "Security events" })).toBeVisible();
  const failed = page.getByRole("row").filter({ hasText: target.email }).filter({ hasText: "Failed" });
  await expect(failed.first()).toContainText("Sign-in");
  await expect(failed.first()).toContainText("wrong password");
  await expect(page.getByRole("row").filter({ hasText: admin.email }).filter({ hasText: "Done" }).first()).toContainText("Sign-in");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Show failures only" }).click();
  await expect(page).toHaveURL("/admin/security?outcome=failure");
  await expect(page.getByRole("cell", { name: "Done", exact: true })).toHaveCount(0);
  await expect(failed.first()).toBeVisible();
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("the account and security events pages have no serious accessibility violations", async ({ page }) => {
    const admin = await createTestUser("admin");
    await signInWith(page, admin, "/account");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/admin/security");
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the account page has no serious accessibility violations", async ({ page }) => {
    const editor = await createTestUser("editor");
    await signInWith(page, editor, "/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
