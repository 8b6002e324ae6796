import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { NEGOTIATION, partiesInOrder, readerDate } from "./support/reader";

test("home lists each negotiation with its parties, last event, counts and last change", async ({ page }) => {
  const [negotiation] = await query<{ id: string; title: string }>(`SELECT id, title FROM "Negotiation" WHERE slug = ?`, [NEGOTIATION]);
  const [counts] = await query<{ positions: number; current: number; events: number; commitments: number }>(
    `SELECT
       (SELECT COUNT(*) FROM "Position" p JOIN "Issue" i ON i.id = p."issueId"
         WHERE i."negotiationId" = ? AND p."retractedAt" IS NULL) AS positions,
       (SELECT COUNT(*) FROM "Position" p JOIN "Issue" i ON i.id = p."issueId"
         WHERE i."negotiationId" = ? AND p."retractedAt" IS NULL AND p.status = 'current') AS current,
       (SELECT COUNT(*) FROM "Event" WHERE "negotiationId" = ? AND "retractedAt" IS NULL) AS events,
       (SELECT COUNT(*) FROM "Commitment" WHERE "negotiationId" = ? AND "retractedAt" IS NULL) AS commitments`,
    [negotiation!.id, negotiation!.id, negotiation!.id, negotiation!.id],
  );
  const [lastEvent] = await query<{ name: string; date: string; datePrecision: string }>(
    `SELECT name, date, "datePrecision" FROM "Event" WHERE "negotiationId" = ? AND "retractedAt" IS NULL ORDER BY date DESC LIMIT 1`,
    [negotiation!.id],
  );
  const parties = await partiesInOrder();

  await page.goto("/");
  await expect(page).toHaveTitle("Parley");
  const card = page.getByRole("article", { name: negotiation!.title });
  await expect(card).toBeVisible();
  await expect(card).toContainText(`${Number(counts!.positions)} positions (${Number(counts!.current)} current)`);
  await expect(card).toContainText(`${Number(counts!.events)} events`);
  await expect(card).toContainText(`${Number(counts!.commitments)} commitments`);
  await expect(card.getByRole("link", { name: lastEvent!.name })).toBeVisible();
  await expect(card).toContainText(readerDate(lastEvent!.date, lastEvent!.datePrecision));
  await expect(card).toContainText(/Last change\s*\d{1,2} \w+ \d{4}/);
  for (const party of parties) {
    await expect(card.getByRole("link", { name: party.shortName, exact: true })).toHaveAttribute("href", `/parties/${party.slug}`);
  }
});

test("home filters negotiations by status in the address, with counts, and says so for an unknown status", async ({ page }) => {
  // Tests running beside this one create negotiations: read the records and the page again
  // until they agree, rather than trusting one reading taken before the page was served.
  const negotiations = () => query<{ title: string; status: string }>(`SELECT title, status FROM "Negotiation" WHERE "retractedAt" IS NULL`);
  const filter = page.getByRole("navigation", { name: "Filter by status" });
  await expect(async () => {
    await page.goto("/");
    const rows = await negotiations();
    await expect(filter.getByRole("link", { name: `All (${rows.length})` })).toHaveAttribute("aria-current", "page", { timeout: 1000 });
  }).toPass();
  for (const [status, label] of [["active", "Active"], ["paused", "Paused"], ["concluded", "Concluded"]] as const) {
    await page.goto("/");
    await filter.getByRole("link", { name: new RegExp(`^${label} \\(\\d+\\)$`) }).click();
    await expect(page).toHaveURL(`/?status=${status}`);
    await expect(async () => {
      await page.goto(`/?status=${status}`);
      const kept = (await negotiations()).filter((r) => r.status === status);
      await expect(filter.getByRole("link", { name: `${label} (${kept.length})` })).toHaveAttribute("aria-current", "page", { timeout: 1000 });
      await expect(page.getByRole("article")).toHaveCount(kept.length, { timeout: 1000 });
      for (const row of kept) await expect(page.getByRole("article", { name: row.title }).first()).toBeVisible({ timeout: 1000 });
      if (kept.length === 0) await expect(page.getByText(`No negotiation is ${status}.`)).toBeVisible({ timeout: 1000 });
    }).toPass();
  }
  await expect(async () => {
    await page.goto("/?status=frozen");
    await expect(page.getByText("There is no status “frozen”: showing every negotiation.")).toBeVisible({ timeout: 1000 });
    await expect(page.getByRole("article")).toHaveCount((await negotiations()).length, { timeout: 1000 });
  }).toPass();
});

test("a reader goes from home to a negotiation, a cell, its position and a source", async ({ page }) => {
  const [cell] = await query<{ id: string; party: string; issue: string; summary: string }>(
    `SELECT p.id, pa."shortName" AS party, i.name AS issue, p.summary FROM "Position" p
       JOIN "Party" pa ON pa.id = p."partyId" JOIN "Issue" i ON i.id = p."issueId"
      WHERE pa.slug = 'russia' AND i.slug = 'ceasefire' AND p.status = 'current' AND p."retractedAt" IS NULL`,
  );
  const citations = await query<{ url: string | null; title: string }>(
    `SELECT s.url, s.title FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE c."positionId" = ? AND s."retractedAt" IS NULL ORDER BY c."order"`,
    [cell!.id],
  );

  await page.goto("/");
  await page.getByRole("link", { name: "Russia–Ukraine peace process" }).first().click();
  await expect(page).toHaveURL(`/negotiations/${NEGOTIATION}`);
  await expect(page).toHaveTitle("Russia–Ukraine peace process — Parley");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia–Ukraine peace process");

  await page.getByRole("link", { name: new RegExp(`^${cell!.party} on ${cell!.issue}:`) }).click();
  await expect(page).toHaveURL(`/positions/${cell!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${cell!.party} on ${cell!.issue}`);
  await expect(page.getByText(cell!.summary, { exact: true }).first()).toBeVisible();

  const first = citations.find((c) => c.url)!;
  const sources = page.getByRole("list", { name: "Sources" });
  await expect(sources.getByRole("link", { name: first.title })).toHaveAttribute("href", first.url!);
});

test("the header navigation marks the current section and the skip link reaches the content", async ({ page }) => {
  await page.goto("/events");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Commitments" })).not.toHaveAttribute("aria-current", "page");

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await nav.getByRole("link", { name: "Commitments" }).click();
  await expect(page).toHaveURL("/commitments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commitments");
});

test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("pages fit the screen without sideways scrolling", async ({ page }) => {
    for (const path of ["/", "/parties/russia", "/events", "/commitments", `/negotiations/${NEGOTIATION}/issues/territory`]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
});
