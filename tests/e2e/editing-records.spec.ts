import { expect, test } from "@playwright/test";
import { makeFixture, positionRow, revisionsOf } from "./editing-fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { signInAs } from "./support/users";

test.setTimeout(90_000);

test("an editor creates a source, then a position citing it", async ({ page }) => {
  const f = await makeFixture();
  const title = `Talks resume in Istanbul ${f.tag}`;
  await signInAs(page, "editor", "/sources/new");
  await page.getByLabel("Outlet").fill("Reuters");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Web address").fill(`https://example.org/istanbul/${f.tag}`);
  await page.getByLabel("Published").fill("2025-05-16");
  await page.getByRole("button", { name: "Create source" }).click();
  // Saved, the editor reads the source's page, told so; the address keeps no trace of it.
  await expect(page).toHaveURL(/\/sources\/(?!new\b)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("status").filter({ hasText: "The source was created." })).toBeVisible();
  const [source] = await query<{ id: string; url: string; publishedOn: string }>(`SELECT id, url, "publishedOn" FROM "Source" WHERE title = ?`, [title]);
  expect(source).toMatchObject({ url: `https://example.org/istanbul/${f.tag}`, publishedOn: "2025-05-16" });
  await expect(page).toHaveURL(`/sources/${source!.id}`);

  await page.goto(`/positions/new?negotiation=${f.negotiationSlug}&party=${f.partySlug}&issue=prisoners`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`New position: ${f.partyShort} on Prisoners ${f.tag}`);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Stance").selectOption("offers");
  await page.getByLabel("Date stated").fill("2025-05-16");
  await page.getByLabel("Summary", { exact: true }).fill("Offers an exchange of a thousand prisoners each.");
  await page.getByLabel("Source 1").selectOption({ label: `Reuters: ${title} (16 May 2025)` });
  await page.getByLabel("Attribution").first().selectOption("media-report");
  await page.getByLabel("Quote").first().fill("A thousand for a thousand.");
  await page.getByLabel("Speaker").first().fill("A negotiator");
  await page.getByRole("button", { name: "Create position" }).click();

  await expect(page).toHaveURL(/\/positions\/(?!new\b)[^/?]+$/);
  const id = page.url().split("/").at(-1)!;
  await expect(page.getByText("A thousand for a thousand.")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  const citations = await query<{ sourceId: string; attribution: string; quote: string; speaker: string }>(
    `SELECT "sourceId", attribution, quote, speaker FROM "Citation" WHERE "positionId" = ?`,
    [id],
  );
  expect(citations).toEqual([{ sourceId: source!.id, attribution: "media-report", quote: "A thousand for a thousand.", speaker: "A negotiator" }]);
  expect((await positionRow(id)).status).toBe("current");

  // The source's page lists the new statement with its quote, and leads back to the source's form.
  await page.getByRole("list", { name: "Sources" }).getByRole("listitem").filter({ hasText: title }).getByRole("link", { name: "Every record citing this source" }).click();
  await expect(page).toHaveURL(`/sources/${source!.id}`);
  const statement = page.getByRole("list", { name: "Statements citing it" }).getByRole("listitem").filter({ has: page.locator(`a[href="/positions/${id}"]`) });
  await expect(statement.getByRole("blockquote")).toContainText("A thousand for a thousand.");
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: /^Edit/ }).click();
  await expect(page).toHaveURL(`/sources/${source!.id}/edit`);
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Source", exact: true }).click();
  await expect(page).toHaveURL(`/sources/${source!.id}`);
});

test("a position's form can cite a source that does not exist yet", async ({ page }) => {
  const f = await makeFixture();
  const title = `Inline source ${f.tag}`;
  await signInAs(page, "editor", `/positions/${f.positionId}/edit`);
  await page.getByText("Cite a new source").click();
  await page.getByLabel("Outlet", { exact: true }).fill("Kyiv Independent");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Web address").fill(`https://example.org/inline/${f.tag}`);
  await page.locator('select[name="newSource.attribution"]').selectOption("analyst");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}`);
  await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  const rows = await query<{ title: string; attribution: string }>(
    `SELECT s.title, c.attribution FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."positionId" = ? ORDER BY c."order"`,
    [f.positionId],
  );
  expect(rows).toEqual([
    { title: f.sourceTitle, attribution: "official-statement" },
    { title, attribution: "analyst" },
  ]);
});

test("a new statement supersedes the position in one step", async ({ page }) => {
  const f = await makeFixture();
  const editor = await signInAs(page, "editor", `/positions/${f.positionId}`);
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "New statement" }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}/new-statement`);
  // Prefilled from the current statement, except its date, and its sources' quotes: those
  // are words said then, not now.
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(f.summary);
  await expect(page.getByLabel("Outcome of claim 1")).toHaveValue("held-by");
  await expect(page.getByLabel("Date stated")).toHaveValue("");
  await expect(page.getByLabel("Source 1", { exact: true })).not.toHaveValue("");
  await expect(page.getByLabel("Quote").first()).toHaveValue("");
  await expect(page.getByLabel("Speaker").first()).toHaveValue("");

  await page.getByLabel("Date stated").fill("2025-01-01");
  await page.getByRole("button", { name: "Record new statement" }).click();
  await expect(page.getByLabel("Date stated")).toHaveAccessibleDescription(/on or after/);

  await page.getByLabel("Date stated").fill("2025-06-02");
  await page.getByLabel("Stance").selectOption("conditional");
  await page.getByLabel("Summary", { exact: true }).fill("Would accept a freeze in the province for now.");
  await page.getByLabel("Outcome of claim 1").selectOption("frozen-line");
  await page.getByRole("button", { name: "Record new statement" }).click();

  await expect(page).toHaveURL(/\/positions\/(?!new\b)[^/?]+$/);
  await expect(page.getByRole("status").filter({ hasText: "The new statement was recorded; the one it follows is now superseded." })).toBeVisible();
  const newId = page.url().split("/").at(-1)!;
  expect(newId).not.toBe(f.positionId);
  await expect(page.getByText("Would accept a freeze in the province for now.").first()).toBeVisible();

  const [old, fresh] = await Promise.all([positionRow(f.positionId), positionRow(newId)]);
  expect(old).toMatchObject({ status: "superseded", supersededById: newId });
  expect(fresh).toMatchObject({ status: "current", summary: "Would accept a freeze in the province for now." });
  expect(fresh.terms).toEqual({ claims: [{ area: "north-province", outcome: "frozen-line" }] });
  const cited = await query<{ quote: string | null; speaker: string | null }>(`SELECT quote, speaker FROM "Citation" WHERE "positionId" = ?`, [newId]);
  expect(cited).toEqual([{ quote: null, speaker: null }]);
  expect((await revisionsOf(f.positionId)).map((r) => [r.action, r.actorLabel])).toEqual([
    ["create", "Fixture Editor"],
    ["supersede", editor.name],
  ]);
});

test("the notice that a save landed is for the editor who saved: a reader at the same address sees none", async ({ page, browser }) => {
  const f = await makeFixture();
  await signInAs(page, "editor", `/positions/${f.positionId}/edit`);
  await page.getByLabel("Summary", { exact: true }).fill(`${f.summary} (checked)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/positions/${f.positionId}`);
  await expect(page.getByRole("status").filter({ hasText: "Your changes were saved." })).toBeVisible();
  // Reloaded, the address no longer asks for it.
  await page.reload();
  await expect(page.getByText("Your changes were saved.")).toHaveCount(0);

  const reader = await browser.newPage();
  try {
    await reader.goto(`/positions/${f.positionId}?saved=changed`);
    await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(reader.getByText("Your changes were saved.")).toHaveCount(0);
  } finally {
    await reader.close();
  }
});
