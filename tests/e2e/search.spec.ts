import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { makeFixture } from "./editing-fixtures";
import { query } from "./support/db";

const engine = (process.env.E2E_DATABASE_URL ?? "file:").startsWith("file:") ? "sqlite" : "postgres";
// Every kind the search indexes, with its tab's name: the counts must add up over all of them.
const kinds = ["position", "source", "event", "commitment", "area", "plan", "planPoint"] as const;
const tabName = {
  position: "Positions",
  source: "Sources",
  event: "Events",
  commitment: "Commitments",
  area: "Areas",
  plan: "Plans",
  planPoint: "Plan points",
} as const;

/** Matches per kind for a one-word query, straight from the search index. */
async function indexCounts(word: string): Promise<Record<string, number>> {
  const rows =
    engine === "sqlite"
      ? await query<{ kind: string; n: number }>(
          `SELECT d.kind, COUNT(*) AS n FROM "SearchIndex" JOIN "SearchDocument" d ON d.rowid = "SearchIndex".rowid
            WHERE "SearchIndex" MATCH ? GROUP BY d.kind`,
          [`"${word}"`],
        )
      : await query<{ kind: string; n: number }>(
          `SELECT kind, COUNT(*)::int AS n FROM "SearchDocument" WHERE tsv @@ plainto_tsquery('english', ?) GROUP BY kind`,
          [word],
        );
  return Object.fromEntries(kinds.map((k) => [k, Number(rows.find((r) => r.kind === k)?.n ?? 0)]));
}

const tabs = (page: Page) => page.getByRole("navigation", { name: "Kinds of result" });
const results = (page: Page) => page.getByRole("list", { name: "Search results" }).getByRole("listitem");
const count = async (page: Page, label: string) => Number((await tabs(page).getByRole("link", { name: new RegExp(`^${label} \\(`) }).innerText()).match(/\((\d+)\)/)![1]);

test("searching “prisoners” from the header finds the 1,000-for-1,000 exchange, with counts that add up", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("search", { name: "Site search" }).getByRole("searchbox").fill("prisoners");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/search?q=prisoners");

  // Tests running beside this one save records that mention prisoners: the page and the
  // index are compared at one moment, read again should a save fall between the two.
  let expected: Record<string, number> = {};
  await expect(async () => {
    expected = await indexCounts("prisoners");
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: `${total} results for “prisoners”` })).toBeVisible({ timeout: 2_000 });
    await expect(tabs(page).getByRole("link"), "a tab per kind the search indexes, and All").toHaveCount(kinds.length + 1);
    expect(await count(page, "All")).toBe(total);
    for (const kind of kinds) expect(await count(page, tabName[kind]), kind).toBe(expected[kind]);
  }).toPass({ timeout: 20_000 });
  // The page says what it searches: every kind it has a tab for.
  const intro = page.getByText(/^Full text over/);
  for (const kind of kinds) await expect(intro).toContainText(tabName[kind].toLowerCase());

  await tabs(page).getByRole("link", { name: /^Commitments/ }).click();
  await expect(page).toHaveURL("/search?q=prisoners&kind=commitment");
  await expect(tabs(page).getByRole("link", { name: /^Commitments/ })).toHaveAttribute("aria-current", "page");
  // The tab's own count on this page, which a save beside this test may have moved since.
  await expect(results(page)).toHaveCount(Math.min(await count(page, tabName.commitment), 20));
  const exchange = results(page).getByRole("link").and(page.locator('[href="/commitments/c-2025-may16-pow"]'));
  await expect(exchange).toContainText("1,000-for-1,000");
  await exchange.click();
  await expect(page).toHaveURL("/commitments/c-2025-may16-pow");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("1,000-for-1,000");
});

test("snippets mark the matched words inertly", async ({ page }) => {
  await page.goto("/search?q=prisoners");
  const marks = page.getByRole("list", { name: "Search results" }).locator("mark");
  expect(await marks.count()).toBeGreaterThan(0);
  // Words are matched by their stem: "prisoners" also finds "prisons" (in the Gaza records).
  for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toMatch(/^prison/);
  // Only text: no element inside a mark.
  expect(await marks.evaluateAll((els) => els.filter((el) => el.children.length > 0).length)).toBe(0);
});

test("every hit links to its record; a source to its own page, with its outlet and the first position citing it", async ({ page, request }) => {
  await page.goto("/search?q=prisoners");
  const items = await results(page).all();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const href = await item.getByRole("heading").getByRole("link").getAttribute("href");
    expect(href).toMatch(/^\/(positions|events|commitments|sources)\/[^/#]+$/);
    expect((await request.get(href!)).status(), href!).toBe(200);
  }

  // A source leads to its page, and names the earliest position citing it; one no position cites, an event or commitment citing it.
  await page.goto("/search?q=prisoners&kind=source");
  let throughPositions = 0;
  for (const item of await results(page).all()) {
    // The link's words: a remark on how the title was recorded stands beside it.
    const title = (await item.getByRole("heading").getByRole("link").innerText()).trim();
    const href = (await item.getByRole("heading").getByRole("link").getAttribute("href"))!;
    // Long titles come as a snippet ("… words …"): find the source by its longest piece.
    const piece = title.split("…").reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), "");
    const [source, ...others] = await query<{ id: string; outlet: string }>(
      `SELECT id, outlet FROM "Source" WHERE title LIKE ? AND "retractedAt" IS NULL`,
      [`%${piece}%`],
    );
    expect(others, `one source titled like “${piece}”`).toHaveLength(0);
    expect(source, title).toBeTruthy();
    expect(href, title).toBe(`/sources/${source!.id}`);
    await expect(item).toContainText(source!.outlet);
    const firstCited = await item.locator("p", { hasText: "First cited in" }).getByRole("link").getAttribute("href");
    const citing = await query<{ id: string }>(
      `SELECT p.id FROM "Citation" c JOIN "Position" p ON p.id = c."positionId"
        WHERE c."sourceId" = ? AND p."retractedAt" IS NULL ORDER BY p."statedOn", p."createdAt", p.id LIMIT 1`,
      [source!.id],
    );
    if (citing[0]) {
      throughPositions++;
      expect(firstCited, title).toBe(`/positions/${citing[0].id}`);
    } else {
      const records = await query<{ href: string }>(
        `SELECT '/events/' || e.slug AS href FROM "EventSource" es JOIN "Event" e ON e.id = es."eventId" WHERE es."sourceId" = ?
         UNION SELECT '/commitments/' || cs."commitmentId" AS href FROM "CommitmentSource" cs WHERE cs."sourceId" = ?`,
        [source!.id, source!.id],
      );
      expect(records.map((r) => r.href), title).toContain(firstCited);
    }
  }
  expect(throughPositions).toBeGreaterThan(0);
});

test("filters narrow the results, and live in the address", async ({ page }) => {
  await page.goto("/search?q=ceasefire");
  const all = await count(page, "All");
  const form = page.getByRole("search", { name: "Search and filters" });
  await form.getByLabel("Party").selectOption("russia");
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL("/search?q=ceasefire&party=russia");
  const russia = await count(page, "All");
  expect(russia).toBeGreaterThan(0);
  expect(russia).toBeLessThan(all);

  await tabs(page).getByRole("link", { name: /^Positions/ }).click();
  await expect(page).toHaveURL("/search?q=ceasefire&party=russia&kind=position");
  const ids = await results(page).getByRole("heading").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!.replace("/positions/", "")));
  const parties = await query<{ slug: string }>(
    `SELECT pa.slug FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" WHERE p.id IN (${ids.map(() => "?").join(",")})`,
    ids,
  );
  expect(parties.length).toBe(ids.length);
  expect(new Set(parties.map((p) => p.slug))).toEqual(new Set(["russia"]));

  await page.goto("/search?q=ceasefire&from=2025-01-01&to=2025-03-31");
  const dated = await count(page, "All");
  expect(dated).toBeLessThan(all);
  for (const text of await results(page).locator("p").first().allInnerTexts()) expect(text).toMatch(/2025|^[A-Z]/);
  await expect(page.getByRole("search", { name: "Search and filters" }).getByLabel("From date")).toHaveValue("2025-01-01");
});

test("the Issue filter offers each negotiation's issues under their own names, and a choice finds what it names", async ({ page }) => {
  test.setTimeout(60_000);
  // Its own talks, whose `territory` issue another name than the seeded talks' (Territorial demands).
  const f = await makeFixture();
  const form = page.getByRole("search", { name: "Search and filters" });
  const issue = form.getByLabel("Issue");

  // With the negotiation chosen: its issues alone, each under the name it gives it.
  await page.goto(`/search?q=${f.tag}&negotiation=${f.negotiationSlug}`);
  await expect(issue.locator("option")).toHaveText(["Any issue", f.issueName, `Prisoners ${f.tag}`]);
  await expect(issue.locator("optgroup")).toHaveCount(0);

  // Without one: every negotiation's under its title, and a slug they share on its own.
  await page.goto(`/search?q=${f.tag}`);
  const own = issue.locator(`optgroup[label="Editing talks ${f.tag}"] option`);
  await expect(own).toHaveText([f.issueName, `Prisoners ${f.tag}`]);
  await expect(issue.locator('optgroup[label="Across negotiations"] option[value="territory"]')).toHaveCount(1);
  await expect(issue.locator('optgroup[label="Russia–Ukraine peace process"] option', { hasText: "Territorial demands" })).toHaveCount(1);

  // Choosing it there chooses that negotiation's issue alone; the address names it so.
  await issue.selectOption({ label: f.issueName });
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(`/search?q=${f.tag}&negotiation=${f.negotiationSlug}&issue=territory`);
  await expect(form.getByLabel("Negotiation")).toHaveValue(f.negotiationSlug);
  await expect(issue).toHaveValue("territory");
  // Its statement, and the source it cites.
  expect(await count(page, tabName.position)).toBe(1);
  const hrefs = await results(page).getByRole("heading").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual([`/positions/${f.positionId}`, `/sources/${f.sourceId}`]);
});

test("a hit's date is shown at its record's precision: a statement of May 2025 as May 2025", async ({ page }) => {
  await page.goto("/search?q=Gaza+Humanitarian+Foundation&kind=position");
  const hit = (id: string) => results(page).filter({ has: page.locator(`a[href="/positions/${id}"]`) }).locator("p").first();
  await expect(hit("us-2025-ghf-backing")).toHaveText(/^Position · May 2025$/i);
  await expect(hit("un-2025-reject-ghf-model")).toHaveText(/^Position · May 2025$/i);
  await expect(hit("il-2025-ghf-aid")).toHaveText(/^Position · 14 May 2025$/i);
});

test("many results come in pages", async ({ page }) => {
  await page.goto("/search?q=ceasefire");
  const total = await count(page, "All");
  test.skip(total <= 20, "needs more than one page of results");
  await expect(results(page)).toHaveCount(20);
  const firstOnPageOne = await results(page).first().innerText();
  const pages = page.getByRole("navigation", { name: "Pages of results" });
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL("/search?q=ceasefire&page=2");
  await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("list", { name: "Search results" })).toHaveAttribute("start", "21");
  expect(await results(page).first().innerText()).not.toBe(firstOnPageOne);
});

test("bad input is explained, not an error page", async ({ page }) => {
  for (const [path, message] of [
    ["/search?q=", "Type something to search for"],
    ["/search?q=%20%20", "Type something to search for"],
    ["/search?q=ceasefire&from=2025-13-01", "Use a real date, as YYYY-MM-DD"],
    ["/search?q=ceasefire&from=2025-06-01&to=2025-01-01", "The start date must come before the end date"],
    ["/search?q=ceasefire&stance=furious", "Stance"],
    // A typo in a shared link's filter is not "no results".
    ["/search?q=ceasefire&party=rusia", "Party: There is no party “rusia”."],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "The search could not run" }), path).toContainText(message);
    await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);
  }
  await page.goto("/search");
  await expect(page.getByRole("status")).toHaveCount(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`the search page has no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/search?q=prisoners&party=ukraine");
    await expect(results(page).first()).toBeVisible();
    // The dark scheme changes only colours: its other rules would repeat the light pass.
    await expectNoSeriousA11yViolations(page, scheme === "dark" ? { only: "colour" } : {});
  });
}
