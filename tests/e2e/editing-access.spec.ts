import { expect, test } from "@playwright/test";
import { makeFixture, positionRow, revisionsOf } from "./editing-fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { sharedUser, signInAs, signInWith } from "./support/users";

test.setTimeout(90_000);

test("readers who open an editing page are sent to sign in, and come back to it", async ({ page }) => {
  const f = await makeFixture();
  for (const path of [`/positions/${f.positionId}/edit`, `/positions/${f.positionId}/new-statement`, "/sources/new", `/parties/${f.partySlug}/edit`, `/negotiations/${f.negotiationSlug}/issues/new`]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
  }
  // The redirect's own page (Next.js sends one with it) names no record in its title: a
  // retracted record's name must not reach a reader that way.
  const redirect = await page.request.get(`/parties/${f.partySlug}/edit`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  const html = await redirect.text();
  expect(html).toContain("<title>Edit party — Parley</title>");
  expect(html).not.toContain(f.partyShort);
  // Readers see no editing links on reading pages.
  await page.goto(`/positions/${f.positionId}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Editing" })).toHaveCount(0);

  // Through the form, from the page it sent the reader to: signing in comes back to the page asked for.
  await signInWith(page, await sharedUser("editor"), `/positions/${f.positionId}/edit`);
  await expect(page).toHaveURL(`/positions/${f.positionId}/edit`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit: ${f.partyShort} on ${f.issueName}`);
  await expectNoSeriousA11yViolations(page);
});

test("retracting a position hides it from readers; restoring brings it back", async ({ page, browser }) => {
  const f = await makeFixture();
  const editor = await signInAs(page, "editor", `/positions/${f.positionId}/edit`);
  const reader = await browser.newContext();
  try {
    const anonymous = await reader.newPage();
    const cell = () => anonymous.locator(`a[href="/positions/${f.positionId}"]`);
    await anonymous.goto(`/negotiations/${f.negotiationSlug}`);
    await expect(cell()).toHaveCount(1);

    await page.getByText("Retract this position…").click();
    await page.getByLabel(/Reason/).fill("Source turned out to be fabricated");
    await page.getByRole("button", { name: "Yes, retract this position" }).click();
    await expect(page.getByRole("note", { name: "Retracted" })).toBeVisible();
    await expect(page.getByLabel("Summary", { exact: true })).toHaveCount(0);
    expect((await positionRow(f.positionId)).retractedAt).not.toBeNull();

    expect((await anonymous.goto(`/positions/${f.positionId}`))!.status()).toBe(404);
    // The editor following its reading link is taken where it can be restored.
    await page.goto(`/positions/${f.positionId}`);
    await expect(page).toHaveURL(`/positions/${f.positionId}/edit`);
    await expect(page.getByRole("note", { name: "Retracted" })).toBeVisible();
    await anonymous.goto(`/negotiations/${f.negotiationSlug}`);
    await expect(anonymous.getByRole("table")).toBeVisible();
    await expect(cell()).toHaveCount(0);

    await page.getByText("Restore this position…").click();
    await page.getByRole("button", { name: "Yes, restore this position" }).click();
    await expect(page.getByRole("note", { name: "Retracted" })).toHaveCount(0);
    await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(f.summary);
    expect((await positionRow(f.positionId)).retractedAt).toBeNull();

    expect((await anonymous.goto(`/positions/${f.positionId}`))!.status()).toBe(200);
    await anonymous.goto(`/negotiations/${f.negotiationSlug}`);
    await expect(cell()).toHaveCount(1);
    expect(await revisionsOf(f.positionId)).toEqual([
      { action: "create", actorLabel: "Fixture Editor", note: null },
      { action: "retract", actorLabel: editor.name, note: "Source turned out to be fabricated" },
      { action: "restore", actorLabel: editor.name, note: null },
    ]);
  } finally {
    await reader.close();
  }
});
