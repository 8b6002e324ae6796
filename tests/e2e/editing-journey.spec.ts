import { expect, test } from "@playwright/test";
import { makeFixture, positionRow, revisionsOf } from "./editing-fixtures";
import { signInAs } from "./support/users";

const EDITED = "Would freeze the province and wants the rival out of the river zone, per the transcript.";

test.setTimeout(90_000);

test("an editor edits a position's summary and a territorial claim, reads it, finds it in the history and reverts it", async ({ page }) => {
  const f = await makeFixture();
  const editor = await signInAs(page, "editor");

  await page.goto(`/positions/${f.positionId}`);
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "Edit this position" }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}/edit`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit: ${f.partyShort} on ${f.issueName}`);
  // The tab names the record, so an editor with several open can tell them apart.
  await expect(page).toHaveTitle(new RegExp(`^Edit position: ${f.partyShort}'s statement of \\d{4}-\\d\\d-\\d\\d — Parley$`));

  await page.getByLabel("Summary", { exact: true }).fill(EDITED);
  // A freeze names no party: the party and recognition still chosen in the row are left out.
  await page.getByLabel("Outcome of claim 1").selectOption("frozen-line");
  // The form shows it at once: those two are disabled, each saying for which outcomes it counts.
  await expect(page.getByLabel("Party of claim 1")).toBeDisabled();
  await expect(page.getByLabel("Party of claim 1")).toHaveAccessibleDescription("Only for “Held by a party” and “A party's forces withdraw”");
  await expect(page.getByLabel("Recognition of claim 1")).toBeDisabled();
  await expect(page.getByLabel("Recognition of claim 1")).toHaveAccessibleDescription("Only for “Held by a party”");
  // The spare row takes a second area.
  await page.getByLabel("Area of claim 2").selectOption("river-zone");
  await page.getByLabel("Outcome of claim 2").selectOption("withdrawal");
  await expect(page.getByLabel("Recognition of claim 2")).toBeDisabled();
  await page.getByLabel("Party of claim 2").selectOption(f.rivalSlug);
  await page.getByLabel("Note on this change").fill("Per the transcript");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(`/positions/${f.positionId}`);
  await expect(page.getByText(EDITED)).toBeVisible();
  const terms = page.getByRole("region", { name: "Structured terms" });
  await expect(terms).toContainText(`${f.northName} — frozen at the current line`);
  await expect(terms).toContainText(`River Zone ${f.tag} — ${f.rivalShort}'s forces withdraw`);

  const stored = await positionRow(f.positionId);
  expect(stored.summary).toBe(EDITED);
  expect(stored.version).toBe(2);
  expect(stored.terms).toEqual({
    claims: [
      { area: "north-province", outcome: "frozen-line" },
      { area: "river-zone", outcome: "withdrawal", party: f.rivalSlug },
    ],
  });

  await page.getByRole("link", { name: "Every edit to this record, with what changed" }).click();
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
  expect(reverted.terms).toEqual({ claims: [{ area: "north-province", outcome: "held-by", party: f.partySlug, recognition: "de-jure" }] });
  expect((await revisionsOf(f.positionId)).map((r) => [r.action, r.actorLabel])).toEqual([
    ["create", "Fixture Editor"],
    ["update", editor.name],
    ["revert", editor.name],
  ]);
});
