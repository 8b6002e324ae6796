import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { readerDate, stanceWord } from "./support/reader";

type Row = {
  id: string;
  stance: string;
  summary: string;
  status: string;
  statedOn: string;
  statedOnPrecision: string;
  termsNote: string | null;
  termsConfidence: string | null;
  details: string | null;
  notes: string | null;
  supersededById: string | null;
  party: string;
  issue: string;
  event: string | null;
};

async function position(id: string) {
  const [row] = await query<Row>(
    `SELECT p.id, p.stance, p.summary, p.status, p."statedOn", p."statedOnPrecision", p."termsNote", p."termsConfidence",
            p.details, p.notes, p."supersededById", pa.name AS party, i.name AS issue, e.name AS event
       FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" JOIN "Issue" i ON i.id = p."issueId"
       LEFT JOIN "Event" e ON e.id = p."eventId"
      WHERE p.id = ?`,
    [id],
  );
  return row!;
}

async function citations(id: string) {
  return query<{ id: string; title: string; outlet: string; url: string | null; attribution: string; quote: string | null; speaker: string | null }>(
    `SELECT s.id, s.title, s.outlet, s.url, c.attribution, c.quote, c.speaker FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE c."positionId" = ? AND s."retractedAt" IS NULL ORDER BY c."order"`,
    [id],
  );
}

const attributionWords: Record<string, string> = {
  "official-statement": "Official statement",
  document: "Document (leaked or published)",
  "anonymous-source": "Anonymous source",
  analyst: "Analyst",
  "media-report": "Media report",
};

test("a position shows its facts, readable terms, coding note, details, notes and every source", async ({ page }) => {
  const p = await position("ru-2026-mar-memo");
  const sources = await citations(p.id);
  await page.goto(`/positions/${p.id}`);

  await expect(page).toHaveTitle(`Russia on ${p.issue} — Parley`);
  await expect(page.getByText(p.summary, { exact: true }).first()).toBeVisible();
  const facts = page.locator("dl").first();
  await expect(facts).toContainText(stanceWord(p.stance));
  await expect(facts.getByRole("link", { name: p.party })).toHaveAttribute("href", "/parties/russia");
  await expect(facts).toContainText(readerDate(p.statedOn, p.statedOnPrecision));
  expect(p.statedOnPrecision).toBe("month");
  await expect(facts).toContainText("Current");

  // Areas and parties by their records' names.
  const claims = page.getByRole("list", { name: "Claims by area" });
  await expect(claims.getByRole("listitem")).toHaveCount(6);
  await expect(claims).toContainText("Donetsk region — Ukraine's forces withdraw");
  await expect(claims).toContainText("Kherson region — frozen at the current line");

  const note = page.getByRole("complementary", { name: "Editor's coding note" });
  await expect(note).toContainText(`Confidence in this coding: ${stanceWord(p.termsConfidence!)}`);
  // The note as written, the territorial outcome it names as the data does in the terms' words.
  expect(p.termsNote).toContain("read as frozen-line");
  await expect(note).toContainText(p.termsNote!.replace("frozen-line", "“Frozen at the current line”"));
  await expect(page.getByRole("region", { name: "Details as recorded" })).toContainText(p.details!.slice(0, 40));
  await expect(page.getByRole("region", { name: "Editorial notes" })).toContainText(p.notes!.slice(0, 40));

  const list = page.getByRole("list", { name: "Sources" });
  await expect(list.getByRole("listitem")).toHaveCount(sources.length);
  for (const [i, s] of sources.entries()) {
    const item = list.getByRole("listitem").nth(i);
    await expect(item).toContainText(s.outlet);
    await expect(item).toContainText(attributionWords[s.attribution]!);
    if (s.url) await expect(item.getByRole("link", { name: s.title })).toHaveAttribute("href", s.url);
  }
});

test("a coding note names the terms' fields by the labels the terms show, not as the data spells them", async ({ page }) => {
  const [row] = await query<{ id: string; termsNote: string }>(
    `SELECT id, "termsNote" FROM "Position" WHERE "termsNote" LIKE '%startDate%' AND "retractedAt" IS NULL ORDER BY id LIMIT 1`,
  );
  await page.goto(`/positions/${row!.id}`);
  const note = page.getByRole("complementary", { name: "Editor's coding note" });
  await expect(note).toContainText("“Start date”");
  await expect(note).not.toContainText("startDate");
  // The words around it are the note's own.
  await expect(note).toContainText(row!.termsNote.split("startDate")[0]!.slice(-30));
});

test("a coding note names a value of its terms by the words the terms show, not as the data spells it", async ({ page }) => {
  const [row] = await query<{ id: string }>(
    `SELECT p.id FROM "Position" p JOIN "Issue" i ON i.id = p."issueId"
      WHERE i.kind = 'territory' AND p."termsNote" LIKE '%coded frozen-line%' AND p."retractedAt" IS NULL ORDER BY p.id LIMIT 1`,
  );
  await page.goto(`/positions/${row!.id}`);
  const note = page.getByRole("complementary", { name: "Editor's coding note" });
  // SQLite's LIKE ignores case, so the note found may begin its sentence with "Coded".
  await expect(note).toContainText(/coded “Frozen at the current line”/i);
  await expect(note).not.toContainText("frozen-line");
});

test("a note naming a party of the talks by its slug shows the party's name, linked to its page", async ({ page }) => {
  const [row] = await query<{ id: string; slug: string; shortName: string }>(
    `SELECT p.id, pa.slug, pa."shortName" FROM "Position" p
       JOIN "Issue" i ON i.id = p."issueId"
       JOIN "NegotiationParty" np ON np."negotiationId" = i."negotiationId"
       JOIN "Party" pa ON pa.id = np."partyId"
      WHERE pa.slug LIKE '%-%' AND p."termsNote" LIKE '%' || pa.slug || '%' AND p."retractedAt" IS NULL
      ORDER BY p.id LIMIT 1`,
  );
  await page.goto(`/positions/${row!.id}`);
  const note = page.getByRole("complementary", { name: "Editor's coding note" });
  await expect(note.getByRole("link", { name: row!.shortName })).toHaveAttribute("href", `/parties/${row!.slug}`);
  await expect(note).not.toContainText(row!.slug);
});

test("a reader, signed out, finds every edit to the record from its page", async ({ page }) => {
  await page.goto("/positions/eur-2025-kyiv-ceasefire");
  await page.getByRole("link", { name: "Every edit to this record, with what changed" }).click();
  await expect(page).toHaveURL("/positions/eur-2025-kyiv-ceasefire/history");
  await expect(page.getByRole("list", { name: "Revisions, newest first" }).getByRole("listitem").first()).toBeVisible();
});

test("a reader copies a citation naming the record, its last edit and its list of edits", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/positions/eur-2025-kyiv-ceasefire");
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  const [latest] = await query<{ createdAt: string | Date }>(
    `SELECT "createdAt" FROM "Revision" WHERE "entityType" = 'position' AND "entityId" = ? ORDER BY "createdAt" DESC LIMIT 1`,
    ["eur-2025-kyiv-ceasefire"],
  );
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(latest!.createdAt));
  const citation = page.getByRole("region", { name: "Cite this record" }).locator("#citation");
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(citation).toHaveText(
    new RegExp(`^Parley, “${escaped(heading)}, stated [^”]+” \\(position record\\), last edited ${day}\\. ${escaped(baseURL!)}/positions/eur-2025-kyiv-ceasefire\\. Every edit: ${escaped(baseURL!)}/positions/eur-2025-kyiv-ceasefire/history\\.$`),
  );
  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.innerText());
});

test("a source without a URL is listed without a link, and quotes show with their speaker", async ({ page }) => {
  const sources = await citations("eur-2025-kyiv-ceasefire");
  const unlinked = sources.find((s) => s.url === null)!;
  const quoted = sources.find((s) => s.quote)!;
  expect(unlinked && quoted).toBeTruthy();

  await page.goto("/positions/eur-2025-kyiv-ceasefire");
  const list = page.getByRole("list", { name: "Sources" });
  await expect(list.getByRole("listitem")).toHaveCount(sources.length);
  await expect(list.getByText(unlinked.title)).toBeVisible();
  await expect(list.getByRole("link", { name: unlinked.title })).toHaveCount(0);
  await expect(list.locator('a[href^="http"]')).toHaveCount(sources.filter((s) => s.url).length);
  // Each source, linked or not, leads to its own page: what else Parley rests on it.
  const unlinkedItem = list.getByRole("listitem").filter({ hasText: unlinked.title });
  await expect(unlinkedItem.getByRole("link", { name: "Every record citing this source" })).toHaveAttribute("href", `/sources/${unlinked.id}`);
  await expect(list.getByRole("blockquote").first()).toContainText(quoted.quote!);
  if (quoted.speaker) await expect(list).toContainText(`— ${quoted.speaker}`);
});

test("a position shows the chain of statements it superseded and what superseded it", async ({ page }) => {
  // A statement in the middle of Russia's ceasefire chain.
  const chain = await query<{ id: string; supersededById: string | null; statedOn: string; statedOnPrecision: string }>(
    `SELECT p.id, p."supersededById", p."statedOn", p."statedOnPrecision" FROM "Position" p
       JOIN "Party" pa ON pa.id = p."partyId" JOIN "Issue" i ON i.id = p."issueId"
      WHERE pa.slug = 'russia' AND i.slug = 'ceasefire' AND p."retractedAt" IS NULL ORDER BY p."statedOn", p."createdAt"`,
  );
  expect(chain.length).toBeGreaterThan(2);
  const middle = chain[1]!;
  expect(middle.supersededById).toBe(chain[2]!.id);

  await page.goto(`/positions/${middle.id}`);
  const history = page.getByRole("list", { name: "Chain of statements, oldest first" });
  const steps = history.getByRole("listitem");
  await expect(steps).toHaveCount(chain.length);
  for (const [i, s] of chain.entries()) await expect(steps.nth(i)).toContainText(readerDate(s.statedOn, s.statedOnPrecision));
  await expect(steps.nth(1)).toContainText("This statement");
  await expect(steps.nth(1).getByRole("link")).toHaveCount(0);
  await expect(steps.nth(0).getByRole("link")).toHaveAttribute("href", `/positions/${chain[0]!.id}`);
  await expect(steps.nth(2).getByRole("link")).toHaveAttribute("href", `/positions/${chain[2]!.id}`);
  await expect(steps.last()).toContainText("Current statement");
  await expect(page.locator("dl").first()).toContainText("Superseded");
});

test("an unknown position is a 404 with a way back", async ({ page }) => {
  const response = await page.goto("/positions/no-such-position");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await expect(page.getByRole("main").getByRole("link", { name: "Negotiations" })).toBeVisible();
});

test("a statement its notes name by id is a link named by party and date, to that statement", async ({ page }) => {
  const p = await position("ru-2022-army");
  const named = await query<{ id: string; shortName: string; statedOn: string; statedOnPrecision: string }>(
    `SELECT p.id, pa."shortName", p."statedOn", p."statedOnPrecision" FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" WHERE p.id IN (?, ?) ORDER BY p.id`,
    ["ua-2022-army", "ru-2022-army-alt"],
  );
  expect(named).toHaveLength(2);
  expect(p.notes).toContain("ua-2022-army");
  await page.goto(`/positions/${p.id}`);
  const notes = page.getByRole("region", { name: "Editorial notes" });
  // The ids are for editors: readers read whose statement it is, and when it was made.
  await expect(notes).not.toContainText("ua-2022-army");
  for (const n of named) {
    await expect(notes.getByRole("link", { name: `statement by ${n.shortName} of ${readerDate(n.statedOn, n.statedOnPrecision)}` }).first()).toBeVisible();
    await expect(notes.locator(`a[href="/positions/${n.id}"]`)).toHaveCount(1);
  }
  await notes.locator(`a[href="/positions/ua-2022-army"]`).click();
  await expect(page).toHaveURL("/positions/ua-2022-army");
});

// A reader whose screen is in the dark scheme prints on white paper: the page must print in
// the light palette, not dark panels under the black text print sets, nor pale grey words.
test("printed from a screen in the dark scheme, a record prints in the light palette", async ({ page }) => {
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await page.goto("/positions/ru-2026-mar-memo");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const colours = await page.evaluate(() => {
    const luminance = (colour: string) => {
      const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map(Number) as [number, number, number];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const panels = [...document.querySelectorAll("header, main .bg-surface, main .bg-paper")].map((el) => getComputedStyle(el).backgroundColor);
    const muted = [...document.querySelectorAll("main .text-muted")].map((el) => getComputedStyle(el).color);
    return {
      darkPanels: panels.filter((c) => !c.endsWith(", 0)") && luminance(c) < 0.9),
      paleWords: muted.filter((c) => luminance(c) > 0.5),
    };
  });
  expect(colours).toEqual({ darkPanels: [], paleWords: [] });
});
