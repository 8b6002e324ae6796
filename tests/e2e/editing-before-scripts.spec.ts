// An editor on a slow connection can start typing before the page's scripts have run. What
// they typed must survive the scripts taking over the form, and be what gets saved.
import { expect, test } from "@playwright/test";
import { makeFixture, positionRow } from "./editing-fixtures";
import { signInAs } from "./support/users";

test.setTimeout(90_000);

test("what is typed and chosen before the page's scripts have run is kept when they do, and saved", async ({ page }) => {
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
  await expect(page.getByText("June 2025")).toBeVisible();
  const saved = await positionRow(f.positionId);
  expect(saved.summary).toBe(typed);
  expect(saved.stance).toBe("offers");
  expect(saved.version).toBe(2);
});
