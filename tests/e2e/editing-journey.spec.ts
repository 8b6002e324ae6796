import { expect, test } from "@playwright/test";
import { makeFixture, positionRow, revisionsOf } from "./editing-fixtures";
import { signInAs } from "./support/users";

const EDITED = "Demands Crimea back and a freeze elsewhere, per the transcript.";

test.setTimeout(90_000);

test("an editor edits a position's summary and a territorial claim, reads it, finds it in the history and reverts it", async ({ page }) => {
  const f = makeFixture();
  const editor = await signInAs(page, "editor");

  await page.goto(`/positions/${f.positionId}`);
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "Edit this position" }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}/edit`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit: ${f.partyShort} on ${f.issueName}`);

  await page.getByLabel("Summary", { exact: true }).fill(EDITED);
  await page.getByLabel("Claim for region 1").selectOption("freeze-at-line");
  // The spare row takes a second region.
  await page.getByLabel("Region 2", { exact: true }).selectOption("kherson");
  await page.getByLabel("Claim for region 2").selectOption("russian-withdrawal");
  await page.getByLabel("Note on this change").fill("Per the transcript");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(`/positions/${f.positionId}`);
  await expect(page.getByText(EDITED)).toBeVisible();
  const terms = page.getByRole("region", { name: "Structured terms" });
  await expect(terms).toContainText("Crimea");
  await expect(terms).toContainText("frozen at the current line");
  await expect(terms).toContainText("Kherson");
  await expect(terms).toContainText("Russian forces to withdraw");

  const stored = await positionRow(f.positionId);
  expect(stored.summary).toBe(EDITED);
  expect(stored.version).toBe(2);
  expect(stored.terms).toEqual({
    claims: [
      { region: "crimea", claim: "freeze-at-line" },
      { region: "kherson", claim: "russian-withdrawal" },
    ],
  });

  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: /History/ }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}/history`);
  const items = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  const edit = items.nth(0);
  await expect(edit.getByText("Per the transcript", { exact: true })).toBeVisible();
  const row = edit.getByRole("row", { name: /Summary/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("changed");
  await expect(row.getByRole("cell").nth(1)).toHaveText(f.summary);
  await expect(row.getByRole("cell").nth(2)).toHaveText(EDITED);

  await items.nth(1).getByRole("button", { name: /Revert to this version/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reverted" })).toBeVisible();

  const reverted = await positionRow(f.positionId);
  expect(reverted.summary).toBe(f.summary);
  expect(reverted.terms).toEqual({ claims: [{ region: "crimea", claim: "return-to-ukraine" }] });
  expect((await revisionsOf(f.positionId)).map((r) => [r.action, r.actorLabel])).toEqual([
    ["create", "Fixture Editor"],
    ["update", editor.name],
    ["revert", editor.name],
  ]);
});
