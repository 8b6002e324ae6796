import { expect, test } from "@playwright/test";
import { announcer, makeFixture, positionRow, revisionsOf, withTwoEditors } from "./editing-fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.setTimeout(90_000);

test("two editors edit one position: the second save meets the conflict screen, and re-applying is deliberate", async ({ browser }) => {
  const f = await makeFixture();
  await withTwoEditors(browser, `/positions/${f.positionId}/edit`, async (a, b, { first, second }) => {
    await expect(a.getByLabel("Summary", { exact: true })).toHaveValue(f.summary);
    await expect(b.getByLabel("Summary", { exact: true })).toHaveValue(f.summary);

    await a.getByLabel("Summary", { exact: true }).fill("First editor's wording.");
    await a.getByRole("button", { name: "Save changes" }).click();
    await expect(a).toHaveURL(`/positions/${f.positionId}`);

    await b.getByLabel("Summary", { exact: true }).fill("Second editor's wording.");
    await b.getByLabel("Speaker").first().fill("The foreign minister");
    await b.getByRole("button", { name: "Save changes" }).click();

    const heading = b.getByRole("heading", { name: "Someone else saved this record first" });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(announcer(b)).toContainText("Someone else saved this record first");
    await expect(b).toHaveURL(`/positions/${f.positionId}/edit`);
    // Nothing of the second editor's was written.
    expect((await positionRow(f.positionId)).summary).toBe("First editor's wording.");

    const table = b.getByRole("table", { name: /Your version beside the saved version/ });
    const summaryRow = table.getByRole("row", { name: /^Summary/ });
    await expect(summaryRow.getByRole("cell").nth(0)).toHaveText("Different");
    await expect(summaryRow.getByRole("cell").nth(1)).toHaveText("Second editor's wording.");
    await expect(summaryRow.getByRole("cell").nth(2)).toHaveText("First editor's wording.");
    await expect(table.getByRole("row", { name: /^Stance/ }).getByRole("cell").nth(0)).toHaveText("Same");
    await expect(b.getByText(first.name)).toBeVisible();

    // The form keeps the second editor's values but now carries the saved version.
    await expect(b.getByLabel("Summary", { exact: true })).toHaveValue("Second editor's wording.");
    await expect(b.locator('form:has(textarea[name="summary"]) input[name="version"]')).toHaveValue("2");
    await expectNoSeriousA11yViolations(b);

    await b.getByRole("button", { name: "Save my version over theirs" }).click();
    await expect(b).toHaveURL(`/positions/${f.positionId}`);
    await expect(b.getByText("Second editor's wording.")).toBeVisible();

    const stored = await positionRow(f.positionId);
    expect(stored.summary).toBe("Second editor's wording.");
    expect(stored.version).toBe(3);
    expect((await revisionsOf(f.positionId)).map((r) => [r.action, r.actorLabel])).toEqual([
      ["create", "Fixture Editor"],
      ["update", first.name],
      ["update", second.name],
    ]);
  });
});

test("a record retracted while an editor edits it is refused with that said, not as a version to weigh", async ({ browser }) => {
  const f = await makeFixture();
  await withTwoEditors(browser, `/positions/${f.positionId}/edit`, async (a, b, { first, second }) => {
    await expect(a.getByLabel("Summary", { exact: true })).toHaveValue(f.summary);

    await b.getByText("Retract this position…").click();
    await b.getByRole("button", { name: "Yes, retract this position" }).click();
    await expect(b.getByRole("note", { name: "Retracted" })).toBeVisible();

    await a.getByLabel("Summary", { exact: true }).fill("Words typed before the retraction.");
    await a.getByRole("button", { name: "Save changes" }).click();
    await expect(announcer(a)).toContainText(`${second.name} retracted this record after you opened this form, so nothing of yours was saved`);
    await expect(a.getByRole("heading", { name: "Someone else saved this record first" })).toHaveCount(0);
    await expect(a.getByRole("button", { name: "Save my version over theirs" })).toHaveCount(0);
    await expect(a.getByLabel("Summary", { exact: true })).toHaveValue("Words typed before the retraction.");
    const stored = await positionRow(f.positionId);
    expect(stored.retractedAt).not.toBeNull();
    expect(stored.summary).toBe(f.summary);
  });
});
