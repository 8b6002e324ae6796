import { expect, test } from "@playwright/test";
import { announcer, makeEventFixture, makeFixture, positionRow, revisionsOf, withTwoEditors } from "./editing-fixtures";
import { query } from "./support/db";
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

    const table = b.getByRole("table", { name: /Who changed what since version 1, the one you started from/ });
    const summaryRow = table.getByRole("row", { name: /^Summary/ });
    await expect(summaryRow.getByRole("cell").nth(0)).toHaveText("Both of you, differentlyThe form below holds yours: check it.");
    await expect(summaryRow.getByRole("cell").nth(1)).toHaveText(f.summary);
    await expect(summaryRow.getByRole("cell").nth(2)).toHaveText("Second editor's wording.");
    await expect(summaryRow.getByRole("cell").nth(3)).toHaveText("First editor's wording.");
    await expect(table.getByRole("row", { name: /^Sources cited/ }).getByRole("cell").nth(0)).toHaveText("You only");
    await expect(table.getByRole("row", { name: /^Stance/ }).getByRole("cell").nth(0)).toHaveText("Neither of you");
    await expect(b.getByText(first.name)).toBeVisible();
    const panel = b.getByRole("region", { name: "Someone else saved this record first" });
    await expect(panel).toContainText("They changed no field you left alone; you changed Sources cited; you both changed Summary, differently.");
    await expect(panel).toContainText("saving it replaces their version with yours. Summary holds your version, though they changed it too");

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

async function eventRow(id: string) {
  const [row] = await query<{ location: string | null; summary: string; version: number }>(`SELECT location, summary, version FROM "Event" WHERE id = ?`, [id]);
  const participants = await query<{ partyId: string }>(`SELECT "partyId" FROM "EventParticipant" WHERE "eventId" = ? ORDER BY "partyId"`, [id]);
  return { ...row, version: Number(row?.version), participants: participants.length };
}

test("two editors change different fields of one event: the conflict screen says who changed which, and saving again keeps both", async ({ browser }) => {
  const f = await makeEventFixture();
  const path = `/events/${f.eventSlug}`;
  await withTwoEditors(browser, `${path}/edit`, async (a, b) => {
    await expect(a.getByLabel("Place")).toHaveValue("Strelsau");
    await expect(b.getByLabel("Place")).toHaveValue("Strelsau");

    await a.getByLabel("Place").fill("Zenda");
    await a.getByRole("button", { name: "Save changes" }).click();
    await expect(a).toHaveURL(path);

    await b.getByLabel("What happened").fill("They agreed a prisoner exchange.");
    await b.getByRole("button", { name: "Save changes" }).click();
    await expect(b.getByRole("heading", { name: "Someone else saved this record first" })).toBeFocused();
    expect(await eventRow(f.eventId)).toEqual({ location: "Zenda", summary: "Delegations met for a first round.", version: 2, participants: 2 });

    // Which side changed what, in words, with the version the second editor started from.
    const panel = b.getByRole("region", { name: "Someone else saved this record first" });
    await expect(panel).toContainText("They changed Place; you changed Summary; no field was changed by both.");
    const table = panel.getByRole("table", { name: /Who changed what since version 1, the one you started from/ });
    await expect(table.getByRole("columnheader", { name: "Version you started from" })).toBeVisible();
    const place = table.getByRole("row", { name: /^Place/ }).getByRole("cell");
    await expect(place.nth(0)).toHaveText("They onlyThe form below now holds their value.");
    await expect(place.nth(1)).toHaveText("Strelsau");
    await expect(place.nth(2)).toHaveText("Strelsau");
    await expect(place.nth(3)).toHaveText("Zenda");
    const summary = table.getByRole("row", { name: /^Summary/ }).getByRole("cell");
    await expect(summary.nth(0)).toHaveText("You only");
    await expect(summary.nth(1)).toHaveText("Delegations met for a first round.");
    await expect(summary.nth(2)).toHaveText("They agreed a prisoner exchange.");
    await expect(table.getByRole("row", { name: /^Name/ }).getByRole("cell").nth(0)).toHaveText("Neither of you");

    // The form takes their place and keeps the second editor's words, so saving keeps both.
    await expect(panel).toContainText("The form below now holds their changes to Place and your changes to Summary");
    await expect(panel).toContainText("so saving it keeps both");
    await expect(b.getByLabel("Place")).toHaveValue("Zenda");
    await expect(b.getByLabel("What happened")).toHaveValue("They agreed a prisoner exchange.");
    await expectNoSeriousA11yViolations(b);

    await b.getByRole("button", { name: "Save my version over theirs" }).click();
    await expect(b).toHaveURL(path);
    expect(await eventRow(f.eventId)).toEqual({ location: "Zenda", summary: "They agreed a prisoner exchange.", version: 3, participants: 2 });
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
