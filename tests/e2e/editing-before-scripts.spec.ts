// An editor on a slow connection can start typing before the page's scripts have run. What
// they typed must survive the scripts taking over the form, and be what gets saved; what they
// selected must stay selected, so that what they type next replaces it.
import { expect, test, type Page } from "@playwright/test";
import { makeFixture, positionRow } from "./editing-fixtures";
import { query } from "./support/db";
import { signInAs, untilTextAreasHydrated } from "./support/users";

test.setTimeout(90_000);

/** Opens the position's edit page with the page's scripts held back until the returned function is called. */
async function openWithScriptsHeld(page: Page, positionId: string): Promise<() => void> {
  let letScriptsLoad!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (letScriptsLoad = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto(`/positions/${positionId}/edit`, { waitUntil: "domcontentloaded" });
  return letScriptsLoad;
}

test("what is typed and chosen before the page's scripts have run is kept when they do, and saved", async ({ page }) => {
  const f = await makeFixture();
  await signInAs(page, "editor", "/");
  const letScriptsLoad = await openWithScriptsHeld(page, f.positionId);

  const summary = page.getByLabel("Summary", { exact: true });
  const typed = `Typed while the page was still loading (${f.tag}).`;
  await summary.fill(typed);
  await page.getByLabel("Date stated").fill("2025-06");
  await page.getByLabel("Stance").selectOption("offers");
  // The button to cite another source appears only once the scripts run: not yet.
  const addSource = page.getByRole("button", { name: "Cite another source" });
  await expect(addSource).toHaveCount(0);

  letScriptsLoad();
  await expect(addSource).toBeVisible();
  await expect(summary).toHaveValue(typed);
  await expect(page.getByLabel("Date stated")).toHaveValue("2025-06");
  await expect(page.getByLabel("Stance")).toHaveValue("offers");

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}`);
  await expect(page.getByText(typed)).toBeVisible();
  await expect(page.getByText("June 2025", { exact: true })).toBeVisible();
  const saved = await positionRow(f.positionId);
  expect(saved.summary).toBe(typed);
  expect(saved.stance).toBe("offers");
  expect(saved.version).toBe(2);
});

test("text selected before the page's scripts have run is still selected when they do, so typing replaces it", async ({ page }) => {
  const f = await makeFixture();
  await signInAs(page, "editor", "/");
  const letScriptsLoad = await openWithScriptsHeld(page, f.positionId);

  const summary = page.getByLabel("Summary", { exact: true });
  await summary.selectText();
  letScriptsLoad();
  await untilTextAreasHydrated(page);
  await expect(page.getByRole("button", { name: "Cite another source" })).toBeVisible();
  const replacement = `Replaced once the page was ready (${f.tag}).`;
  await page.keyboard.insertText(replacement);
  await expect(summary).toHaveValue(replacement);
});

test("a source chosen before the page's scripts have run stays chosen when its find box appears, and is saved", async ({ page }) => {
  const [f, other] = await Promise.all([makeFixture(), makeFixture()]);
  await signInAs(page, "editor", "/");
  const letScriptsLoad = await openWithScriptsHeld(page, f.positionId);

  const source = page.getByLabel("Source 1", { exact: true });
  await source.selectOption(other.sourceId);
  letScriptsLoad();
  const find = page.getByLabel("Find source 1");
  await expect(find).toBeVisible();
  await expect(source).toHaveValue(other.sourceId);
  // Narrowed to nothing, the list still holds the choice.
  await find.fill(`no source is called ${f.tag}`);
  await expect(source).toHaveValue(other.sourceId);

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}`);
  const cited = await query<{ sourceId: string }>(`SELECT "sourceId" FROM "Citation" WHERE "positionId" = ?`, [f.positionId]);
  expect(cited.map((c) => c.sourceId)).toEqual([other.sourceId]);
});
