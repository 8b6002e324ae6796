import { expect, test } from "@playwright/test";
import { announcer, expectFieldError, makeFixture, positionRow, revisionsOf } from "./editing-fixtures";
import { query } from "./support/db";
import { createTestUser, signInAs, signInWith } from "./support/users";

test.setTimeout(90_000);

test("an empty summary is caught beside its field and announced, and nothing is saved", async ({ page }) => {
  const f = await makeFixture();
  await signInAs(page, "editor", `/positions/${f.positionId}/edit`);
  const summary = page.getByLabel("Summary", { exact: true });
  await summary.fill("   ");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expectFieldError(page, summary, "Enter the summary");
  await expect(summary).toBeFocused();
  await expect(announcer(page)).toContainText("Some fields need attention: 1 field");
  await expect(page.getByRole("link", { name: "Enter the summary" })).toHaveAttribute("href", "#position-summary");
  await expect(page).toHaveURL(`/positions/${f.positionId}/edit`);

  // Correcting the field clears its message as the editor leaves it.
  await summary.fill("A summary again.");
  await summary.blur();
  await expect(summary).not.toHaveAttribute("aria-invalid", "true");

  expect((await positionRow(f.positionId)).version).toBe(1);
  expect(await revisionsOf(f.positionId)).toHaveLength(1);
});

test("a javascript: address for a source is refused beside the field, and no source is created", async ({ page }) => {
  const title = `Hostile link ${Date.now()}`;
  await signInAs(page, "editor", "/sources/new");
  await page.getByLabel("Outlet").fill("Somewhere");
  await page.getByLabel("Title").fill(title);
  const url = page.getByLabel("Web address");
  await url.fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create source" }).click();

  await expectFieldError(page, url, "Only web addresses starting with http:// or https:// can be recorded");
  await expect(announcer(page)).toContainText("1 field");
  await expect(page).toHaveURL("/sources/new");
  expect(await query(`SELECT id FROM "Source" WHERE title = ?`, [title])).toHaveLength(0);
});

test("an address already recorded is refused beside the field, naming the source to cite", async ({ page }) => {
  const [recorded] = await query<{ id: string; outlet: string; url: string }>(
    `SELECT id, outlet, url FROM "Source" WHERE url IS NOT NULL AND "retractedAt" IS NULL ORDER BY id LIMIT 1`,
  );
  const title = `Recorded twice ${Date.now()}`;
  await signInAs(page, "editor", "/sources/new");
  await page.getByLabel("Outlet").fill("Somewhere");
  await page.getByLabel("Title").fill(title);
  const url = page.getByLabel("Web address");
  await url.fill(recorded!.url);
  await page.getByRole("button", { name: "Create source" }).click();

  await expectFieldError(page, url, `This address is already recorded as “${recorded!.outlet}: `);
  await expect(page.getByText(`(source ${recorded!.id}): cite that source rather than recording the report twice`).first()).toBeVisible();
  await expect(page).toHaveURL("/sources/new");
  expect(await query(`SELECT id FROM "Source" WHERE title = ?`, [title])).toHaveLength(0);
});

test("an empty form counts its fields, and names first the field focus moves to", async ({ page }) => {
  await signInAs(page, "editor", "/parties/new");
  await page.getByRole("button", { name: "Create party" }).click();
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("aria-invalid", "true");
  const invalid = await page.locator('form [aria-invalid="true"]').count();
  await expect(announcer(page)).toContainText(`Some fields need attention: ${invalid} fields. First: `);
  // The message the live region gives first is the focused field's own.
  const description = await focused.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
  );
  const first = (await announcer(page).textContent())!.split("First: ")[1]!;
  expect(description).toContain(first);
  expect(await query(`SELECT id FROM "Party" WHERE slug = ''`)).toHaveLength(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server checks the form, and a message on a nested term sits beside its select", async ({ page }) => {
    const f = await makeFixture();
    // A fresh account: signing in through the form needs no script either.
    await signInWith(page, await createTestUser("editor"), `/positions/${f.positionId}/edit`);
    await page.getByLabel("Summary", { exact: true }).fill("");
    await page.getByLabel("Area of claim 2").selectOption("river-zone");
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL(`/positions/${f.positionId}/edit`);
    await expectFieldError(page, page.getByLabel("Summary", { exact: true }), "Enter the summary");
    await expectFieldError(page, page.getByLabel("Outcome of claim 2"), "Choose what should become of the area");
    await expect(page.getByRole("heading", { name: /Some fields need attention: 2 fields/ })).toBeVisible();
    // What was typed is kept.
    await expect(page.getByLabel("Area of claim 2")).toHaveValue("river-zone");
    expect((await positionRow(f.positionId)).version).toBe(1);
  });
});

test("hostile text is stored as typed and shown as inert text", async ({ page }) => {
  const f = await makeFixture();
  const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> ${f.tag}`;
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await signInAs(page, "editor", `/positions/${f.positionId}/edit`);
  await page.getByLabel("Summary", { exact: true }).fill(hostile);
  await page.getByLabel("Quote").first().fill(hostile);
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(`/positions/${f.positionId}`);
  await expect(page.getByText(hostile).first()).toBeVisible();
  expect(await page.locator("main script, main img[src='x']").count()).toBe(0);
  expect((await positionRow(f.positionId)).summary).toBe(hostile);
  expect(dialogs).toBe(0);
});
