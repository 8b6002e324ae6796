import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { editAsAnotherEditor } from "./support/editing";
import { signInAs } from "./support/users";

type Setup = { positionId: string; sourceId: string; partyName: string; issueName: string };

const ORIGINAL = "Offers to publish every list of detainees.";
const EDITED = "Offers to publish every list of detainees, monthly.";

const revisions = (id: string) =>
  query<{ action: string; actorLabel: string; note: string | null }>(
    `SELECT action, "actorLabel", note FROM "Revision" WHERE "entityId" = ? ORDER BY "createdAt", id`,
    [id],
  );
const summaryOf = async (id: string) => (await query<{ summary: string }>(`SELECT summary FROM "Position" WHERE id = ?`, [id]))[0]!.summary;
const status = (page: Page) => page.getByRole("status").filter({ hasText: /\S/ });

test("a reader sees who changed a position, when, and what changed, field by field", async ({ page }) => {
  const s = await editAsAnotherEditor<Setup>("setup");
  await editAsAnotherEditor("update-summary", s.positionId, EDITED);

  await page.goto(`/positions/${s.positionId}/history`);
  await expect(page.getByRole("heading", { level: 1, name: `${s.partyName} on ${s.issueName}` })).toBeVisible();
  await expect(page.getByText("when the record changed")).toBeVisible();

  const list = page.getByRole("list", { name: "Revisions, newest first" });
  const items = list.getByRole("listitem");
  await expect(items).toHaveCount(2);
  const edit = items.nth(0);
  await expect(edit.getByRole("heading", { name: "Edited by Another Editor" })).toBeVisible();
  await expect(edit.getByText("Tightened the wording")).toBeVisible();
  const row = edit.getByRole("row", { name: /Summary/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("changed");
  await expect(row.getByRole("cell").nth(1)).toHaveText(ORIGINAL);
  await expect(row.getByRole("cell").nth(2)).toHaveText(EDITED);
  await expect(items.nth(1).getByRole("heading", { name: "Created by Another Editor" })).toBeVisible();

  // Readers cannot revert.
  await expect(page.getByRole("button", { name: /Revert to this version/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

// Paper cannot open a disclosure: the record as first recorded, folded away on the screen,
// prints whole.
test("on paper, the record as first recorded prints whole", async ({ page }) => {
  const s = await editAsAnotherEditor<Setup>("setup");
  await page.goto(`/positions/${s.positionId}/history`);
  await page.emulateMedia({ media: "print" });
  const created = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("listitem").last();
  await expect(created.getByText("The record as first recorded")).toBeVisible();
  await expect(created.getByText(ORIGINAL)).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(created.getByText(ORIGINAL)).toBeHidden();
});

test("an editor reverts to an earlier version, and the revert is a new revision", async ({ page }) => {
  const s = await editAsAnotherEditor<Setup>("setup");
  await editAsAnotherEditor("update-summary", s.positionId, EDITED);
  const editor = await signInAs(page, "editor");

  await page.goto(`/positions/${s.positionId}/history`);
  const created = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("listitem").nth(1);
  await created.getByLabel(/Reason for reverting/).fill("The longer wording is not in the source");
  await created.getByRole("button", { name: /Revert to this version/ }).click();
  await expect(status(page)).toContainText("Reverted");

  await expect(page.getByRole("heading", { name: `Reverted by ${editor.name}` })).toBeVisible();
  expect(await summaryOf(s.positionId)).toBe(ORIGINAL);
  expect(await revisions(s.positionId)).toEqual([
    { action: "create", actorLabel: "Another Editor", note: null },
    { action: "update", actorLabel: "Another Editor", note: "Tightened the wording" },
    { action: "revert", actorLabel: editor.name, note: "The longer wording is not in the source" },
  ]);
  await expectNoSeriousA11yViolations(page);
});

test("a revert to a version the record already matches says nothing changed, and writes nothing", async ({ page }) => {
  const s = await editAsAnotherEditor<Setup>("setup");
  await editAsAnotherEditor("update-summary", s.positionId, EDITED);
  await editAsAnotherEditor("update-summary", s.positionId, ORIGINAL);
  await signInAs(page, "editor");
  await page.goto(`/positions/${s.positionId}/history`);
  const created = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("listitem").last();
  await created.getByRole("button", { name: /Revert to this version/ }).click();
  await expect(status(page)).toContainText("Nothing to revert: the record already holds what that version held");
  await expect(status(page)).not.toContainText("Reverted");
  expect((await revisions(s.positionId)).map((r) => r.action)).toEqual(["create", "update", "update"]);
});

test("a revert never undoes a change the editor has not seen", async ({ page }) => {
  const s = await editAsAnotherEditor<Setup>("setup");
  await editAsAnotherEditor("update-summary", s.positionId, EDITED);
  await signInAs(page, "editor");
  await page.goto(`/positions/${s.positionId}/history`);
  // Someone else saves while the page is open: the form still carries the version it showed.
  await editAsAnotherEditor("update-summary", s.positionId, "A third wording, saved meanwhile.");
  const created = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("listitem").last();
  await created.getByRole("button", { name: /Revert to this version/ }).click();
  await expect(status(page)).toContainText("Someone else changed this record after you opened this page");
  expect(await summaryOf(s.positionId)).toBe("A third wording, saved meanwhile.");
  expect((await revisions(s.positionId)).map((r) => r.action)).toEqual(["create", "update", "update"]);
});

test("recent changes lists every change by recording date and links to its history", async ({ page }) => {
  const s = await editAsAnotherEditor<Setup>("setup");
  await editAsAnotherEditor("update-summary", s.positionId, EDITED);
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1, name: "Recent changes" })).toBeVisible();
  await expect(page.getByText("the recording date")).toBeVisible();
  const table = page.getByRole("table", { name: "Recent changes, newest first" });
  const row = table.getByRole("row").filter({ hasText: EDITED }).first();
  await expect(row).toContainText("Edited");
  await expect(row).toContainText("Another Editor");
  await row.getByRole("link", { name: EDITED }).click();
  await expect(page).toHaveURL(`/positions/${s.positionId}/history`);
  await expectNoSeriousA11yViolations(page);

  const feed = await page.request.get("/changes/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(`/positions/${s.positionId}/history`);
});

/** Another editor's new negotiation with a party, an issue and a position, the position then edited. */
async function editedInNewNegotiation() {
  const s = await editAsAnotherEditor<Setup>("setup");
  await editAsAnotherEditor("update-summary", s.positionId, EDITED);
  const [n] = await query<{ slug: string; title: string }>(
    `SELECT n.slug, n.title FROM "Position" p JOIN "Issue" i ON i.id = p."issueId" JOIN "Negotiation" n ON n.id = i."negotiationId" WHERE p.id = ?`,
    [s.positionId],
  );
  return { s, n: n! };
}

test("a negotiation's page leads to the changes to its own records, and only those", async ({ page }) => {
  const { s, n } = await editedInNewNegotiation();
  await page.goto(`/negotiations/${n.slug}`);
  await page.getByRole("link", { name: "Every edit to them" }).click();
  await expect(page).toHaveURL(`/changes?negotiation=${n.slug}`);
  // The subtitle is a line of its own under the heading.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^Recent changes\\s*in ${n.title}$`));
  await expect(page).toHaveTitle(`Recent changes: ${n.title} — Parley`);

  // The negotiation, its issue and its position (made, then edited); not the party, which
  // lives outside it, nor the source, nor any other negotiation's records.
  const rows = page.getByRole("table", { name: "Recent changes, newest first" }).getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText(EDITED);
  await expect(rows.filter({ hasText: s.partyName })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", `/negotiations/${n.slug}/changes.atom`);
  await page.getByRole("link", { name: "Changes in every negotiation" }).click();
  await expect(page).toHaveURL("/changes");

  await page.goto("/changes?negotiation=no-such-talks");
  await expect(page.getByRole("status")).toHaveText(/There is no negotiation called “no-such-talks”; showing every negotiation’s changes\./);
});

test("a party's page leads to the changes to its records, and the form narrows them to one negotiation", async ({ page }) => {
  const { s, n } = await editedInNewNegotiation();
  const [party] = await query<{ slug: string; shortName: string }>(`SELECT slug, "shortName" FROM "Party" WHERE name = ?`, [s.partyName]);
  await page.goto(`/parties/${party!.slug}`);
  await page.getByRole("link", { name: `Every edit to ${party!.shortName}’s records` }).click();
  await expect(page).toHaveURL(`/changes?party=${party!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^Recent changes\\s*of ${s.partyName}$`));
  await expect(page).toHaveTitle(`Recent changes: ${s.partyName} — Parley`);
  await expect(page.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", `/parties/${party!.slug}/changes.atom`);
  // The party itself and its position (made, then edited); not its negotiation, the issue or the source.
  const rows = page.getByRole("table", { name: "Recent changes, newest first" }).getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(EDITED);
  await expect(rows.filter({ hasText: n.title })).toHaveCount(0);

  // Its records inside one negotiation: the position only, since the party's own record lies outside any.
  const form = page.getByRole("form", { name: "Filter the changes" });
  await expect(form.getByLabel("Party")).toHaveValue(party!.slug);
  await form.getByLabel("Negotiation").selectOption({ label: n.title });
  await form.getByRole("button", { name: "Show changes" }).click();
  await expect(page).toHaveURL(`/changes?negotiation=${n.slug}&party=${party!.slug}`);
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toContainText("Position");
  await expect(page.getByRole("link", { name: "Atom feed" })).toHaveCount(0);
  await page.getByRole("link", { name: "Changes of every party" }).click();
  await expect(page).toHaveURL(`/changes?negotiation=${n.slug}`);

  await page.goto("/changes?party=no-such-party");
  await expect(page.getByRole("status")).toHaveText(/There is no party called “no-such-party”; showing every party’s changes\./);
});

test("the changes narrow to one negotiation and one kind of record through the page's form", async ({ page }) => {
  const { n } = await editedInNewNegotiation();
  await page.goto("/changes");
  const form = page.getByRole("form", { name: "Filter the changes" });
  await form.getByLabel("Negotiation").selectOption({ label: n.title });
  await form.getByLabel("Kind of record").selectOption({ label: "Position" });
  await form.getByRole("button", { name: "Show changes" }).click();
  await expect(page).toHaveURL(`/changes?negotiation=${n.slug}&kind=position`);
  // The position made, then edited; not the negotiation's nor its issue's changes.
  const rows = page.getByRole("table", { name: "Recent changes, newest first" }).getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toContainText("Position");
  await expect(form.getByLabel("Negotiation")).toHaveValue(n.slug);
  await expect(form.getByLabel("Kind of record")).toHaveValue("position");

  await page.goto("/changes?kind=planet");
  await expect(page.getByRole("status").filter({ hasText: "There is no kind of record called “planet”; showing every kind’s changes." })).toBeVisible();
});

test("a retracted record's history is hidden from readers and shown to editors", async ({ page }) => {
  const s = await editAsAnotherEditor<Setup>("setup");
  await editAsAnotherEditor("retract-source", s.sourceId);
  const response = await page.goto(`/history/source/${s.sourceId}`);
  expect(response?.status()).toBe(404);

  await signInAs(page, "editor");
  await page.goto(`/history/source/${s.sourceId}`);
  await expect(page.getByText("Readers no longer see this source")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Retracted by Another Editor" })).toBeVisible();
});

// On a phone the recording date, kept on one line, took two thirds of the screen and left the
// record's name a few letters a line, cut off at the edge.
test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("recent changes show each record's name whole beside its date", async ({ page }) => {
    await page.goto("/changes");
    const table = page.getByRole("table", { name: "Recent changes, newest first" });
    await expect(table).toBeVisible();
    const cut = await table.evaluate((el) => {
      const frame = el.parentElement!.getBoundingClientRect();
      return [...el.querySelectorAll("tbody tr")].flatMap((tr) => {
        const record = tr.querySelectorAll("td")[1]!;
        const box = record.getBoundingClientRect();
        return box.right <= frame.right + 0.5 && box.width >= 180 ? [] : [`${record.textContent}: ${Math.round(box.width)} px wide, ${Math.round(box.right - frame.right)} px past the edge`];
      });
    });
    expect(cut).toEqual([]);
  });
});
