import { expect, test, type Locator } from "@playwright/test";
import { makeEventFixture, makeFixture, positionRow, revisionsOf } from "./editing-fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { shownTitle } from "./support/reader";
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
  await page.getByLabel("Source 1", { exact: true }).selectOption({ label: `Reuters: ${title} (16 May 2025)` });
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

// Every source form's select lists every source, hundreds of them: a box beside each narrows it.
test.describe("finding a source in a long list", () => {
  test("typing narrows a source select and says how many match; the source chosen stays, and one found is saved", async ({ page }) => {
    const [f, other] = await Promise.all([makeEventFixture(), makeFixture()]);
    await signInAs(page, "editor", `/events/${f.eventSlug}/edit`);
    const select1 = page.getByLabel("Source 1", { exact: true });
    const select2 = page.getByLabel("Source 2", { exact: true });
    await expect(select1).toHaveValue(f.sourceId);
    const total = (await select1.locator("option").count()) - 1;
    // Options narrowed away are hidden in place.
    const shown = (select: Locator) => select.locator("option:not([hidden])");
    const count = (n: number) => page.getByRole("status").filter({ hasText: new RegExp(`^${n} of ${total} sources match`) });

    // Words that match nothing: the list holds only its blank and the source already chosen.
    await page.getByLabel("Find source 1").fill(`nothing is called ${f.tag}${other.tag}`);
    await expect(count(0)).toHaveCount(1);
    await expect(shown(select1)).toHaveText(["Choose a source", `Fixture Wire: ${f.sourceTitle} (May 2025)`]);
    await expect(select1).toHaveValue(f.sourceId);
    await expectNoSeriousA11yViolations(page);

    // In any case and order, every word must match.
    const find2 = page.getByLabel("Find source 2");
    await find2.fill(`${other.tag.toUpperCase()} wire`);
    await expect(count(1)).toHaveCount(1);
    await expect(shown(select2)).toHaveText(["Choose a source", `Fixture Wire: ${other.sourceTitle} (May 2025)`]);
    await find2.press("Tab");
    await expect(select2).toBeFocused();
    await select2.selectOption(other.sourceId);
    // Cleared, the box lists every source again, and the choice holds.
    await find2.fill("");
    await expect(page.getByRole("status").filter({ hasText: `All ${total} sources listed` })).toHaveCount(1);
    await expect(shown(select2)).toHaveCount(total + 1);
    await expect(select2).toHaveValue(other.sourceId);

    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(`/events/${f.eventSlug}`);
    await expect(page.getByRole("list", { name: "Sources" }).last().getByRole("link", { name: shownTitle(other.sourceTitle) })).toBeVisible();
    const linked = await query<{ sourceId: string }>(`SELECT "sourceId" FROM "EventSource" WHERE "eventId" = ? ORDER BY "order"`, [f.eventId]);
    expect(linked.map((l) => l.sourceId)).toEqual([f.sourceId, other.sourceId]);
  });

  test("Enter in a citation's find box does not save the form; the source found there is cited", async ({ page }) => {
    const [f, other] = await Promise.all([makeFixture(), makeFixture()]);
    await signInAs(page, "editor", `/positions/${f.positionId}/edit`);
    // Noted in the page, so what is checked is whether the form was submitted at all.
    await page.evaluate(() => document.addEventListener("submit", () => document.body.setAttribute("data-submitted", "yes"), true));
    const find2 = page.getByLabel("Find source 2");
    await find2.fill(other.tag);
    await find2.press("Enter");
    await expect(page.locator("body")).not.toHaveAttribute("data-submitted", "yes");
    await expect(page).toHaveURL(`/positions/${f.positionId}/edit`);

    await page.getByLabel("Source 2", { exact: true }).selectOption(other.sourceId);
    await page.getByLabel("Attribution").nth(1).selectOption("media-report");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(`/positions/${f.positionId}`);
    await expect(page.getByRole("link", { name: new RegExp(other.sourceTitle) })).toBeVisible();
    const cited = await query<{ sourceId: string }>(`SELECT "sourceId" FROM "Citation" WHERE "positionId" = ? ORDER BY "order"`, [f.positionId]);
    expect(cited.map((c) => c.sourceId)).toEqual([f.sourceId, other.sourceId]);
    expect((await positionRow(f.positionId)).version).toBe(2);
  });

  test.describe("on a 375px phone in the dark colour scheme @mobile", () => {
    test.use({ viewport: { width: 375, height: 740 }, colorScheme: "dark" });

    test("the find box and its count fit the screen and read clearly", async ({ page }) => {
      await signInAs(page, "editor", "/events/new");
      await page.getByLabel("Find source 1").fill("2025");
      await expect(page.getByRole("status").filter({ hasText: /^\d+ of \d+ sources match/ })).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoSeriousA11yViolations(page, { only: "colour" });
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the plain select has no find box and still saves the source chosen", async ({ page }) => {
      const [f, other] = await Promise.all([makeEventFixture(), makeFixture()]);
      await signInAs(page, "editor", "/");
      await page.goto(`/events/${f.eventSlug}/edit`);
      await expect(page.getByLabel("Source 2", { exact: true })).toBeVisible();
      await expect(page.getByLabel(/^Find source/)).toHaveCount(0);
      await page.getByLabel("Source 2", { exact: true }).selectOption(other.sourceId);
      await page.getByRole("button", { name: "Save changes" }).click();
      // Without scripts the notice's parameter stays in the address.
      await expect(page).toHaveURL(new RegExp(`/events/${f.eventSlug}\\?saved=changed$`));
      await expect(page.getByRole("list", { name: "Sources" }).last().getByRole("link", { name: shownTitle(other.sourceTitle) })).toBeVisible();
      const linked = await query<{ sourceId: string }>(`SELECT "sourceId" FROM "EventSource" WHERE "eventId" = ? ORDER BY "order"`, [f.eventId]);
      expect(linked.map((l) => l.sourceId)).toEqual([f.sourceId, other.sourceId]);
    });
  });
});
