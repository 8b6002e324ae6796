// An editor on a slow connection can start typing before the page's scripts have run. What
// they typed must survive the scripts taking over the form, and be what gets saved.
import { expect, test } from "@playwright/test";
import { makeFixture, positionRow } from "./editing-fixtures";
import { signInAs } from "./support/users";

test.setTimeout(90_000);

test("a summary typed before the page's scripts have run is kept when they do, and saved", async ({ page }) => {
  const f = await makeFixture();
  await signInAs(page, "editor", "/");
  let letScriptsLoad!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (letScriptsLoad = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto(`/positions/${f.positionId}/edit`, { waitUntil: "domcontentloaded" });

  const summary = page.getByLabel("Summary", { exact: true });
  const typed = `Typed while the page was still loading (${f.tag}).`;
  await summary.fill(typed);
  // The button to cite another source appears only once the scripts run: not yet.
  const addSource = page.getByRole("button", { name: "Cite another source" });
  await expect(addSource).toHaveCount(0);

  letScriptsLoad();
  await expect(addSource).toBeVisible();
  await expect(summary).toHaveValue(typed);

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}`);
  await expect(page.getByText(typed)).toBeVisible();
  const saved = await positionRow(f.positionId);
  expect(saved.summary).toBe(typed);
  expect(saved.version).toBe(2);
});
