import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { signInAs } from "./support/users";
import { NEGOTIATION, partiesInOrder, readerDate } from "./support/reader";

test("home lists each negotiation with its parties, last event, counts and last change", async ({ page }) => {
  const [negotiation] = await query<{ id: string; title: string }>(`SELECT id, title FROM "Negotiation" WHERE slug = ?`, [NEGOTIATION]);
  const [counts] = await query<{ positions: number; current: number; events: number; commitments: number; plans: number }>(
    `SELECT
       (SELECT COUNT(*) FROM "Position" p JOIN "Issue" i ON i.id = p."issueId"
         WHERE i."negotiationId" = ? AND p."retractedAt" IS NULL) AS positions,
       (SELECT COUNT(*) FROM "Position" p JOIN "Issue" i ON i.id = p."issueId"
         WHERE i."negotiationId" = ? AND p."retractedAt" IS NULL AND p.status = 'current') AS current,
       (SELECT COUNT(*) FROM "Event" WHERE "negotiationId" = ? AND "retractedAt" IS NULL) AS events,
       (SELECT COUNT(*) FROM "Commitment" WHERE "negotiationId" = ? AND "retractedAt" IS NULL) AS commitments,
       (SELECT COUNT(*) FROM "Plan" WHERE "negotiationId" = ? AND "retractedAt" IS NULL) AS plans`,
    [negotiation!.id, negotiation!.id, negotiation!.id, negotiation!.id, negotiation!.id],
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
  expect(Number(counts!.plans)).toBeGreaterThan(1);
  await expect(card).toContainText(`${Number(counts!.plans)} plans`);
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

  test("tables of changes and of areas stack each row's cells within the screen, each named", async ({ page }) => {
    const paths = ["/changes", "/negotiations/israel-hamas-gaza/changes?from=2022-01-01&to=2025-12-31", `/negotiations/${NEGOTIATION}/areas`];
    // The smallest phones in use too.
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 740 });
      for (const path of paths) {
        await page.goto(path);
        const cells = page.locator("main table > tbody > tr > :is(th, td)");
        expect(await cells.count(), `${path} has no table rows`).toBeGreaterThan(0);
        const beyond = await cells.evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).length);
        expect(beyond, `${path} leaves cells past the edge of a ${width}px screen`).toBe(0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} is wider than a ${width}px screen`).toBeLessThanOrEqual(0);
      }
    }
    // Each stacked cell is named as its hidden heading names it, and the table is still a
    // table with those headings to a screen reader.
    await page.goto(paths[1]!);
    const moved = page.getByRole("table", { name: /^Positions before and after/ });
    await expect(moved.getByRole("columnheader", { name: "At the end" })).toHaveCount(1);
    const label = await moved.locator("tbody td[data-label='At the end']").first().evaluate((el) => getComputedStyle(el, "::before").content);
    expect(label).toContain("At the end: ");
  });

  test("a party's table of current stances fits a 375px screen without scrolling in its box", async ({ page }) => {
    for (const party of ["united-states", "russia"]) {
      await page.goto(`/parties/${party}`);
      const tables = page.getByRole("table", { name: /current stance on each issue/ });
      expect(await tables.count()).toBeGreaterThan(0);
      const wider = await tables.evaluateAll((els) => els.filter((t) => t.scrollWidth > t.parentElement!.clientWidth).length);
      expect(wider, `a table on /parties/${party} scrolls sideways`).toBe(0);
    }
  });
});

// From a small tablet up the tables are tables again; their columns must fit the box they sit
// in, or what changed and who changed it lie past its edge. Whatever the records hold: each
// cell of records' words (names, labels, notes; not dates, stances or the kind of change) is
// also given a long unbroken word (an address, a code) before measuring.
test("between a phone and a desktop, the tables of changes fit their box", async ({ page }) => {
  for (const width of [640, 768, 900]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/changes", "/negotiations/israel-hamas-gaza/changes?from=2022-01-01&to=2025-12-31"]) {
      await page.goto(path);
      const tables = page.locator("main table");
      expect(await tables.count(), `${path} has no table`).toBeGreaterThan(0);
      await tables.evaluateAll((els) => {
        const ofWords = ["Record", "By", "Note", "Party", "Issue", "What was said"];
        for (const table of els) {
          const headings = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
          [...table.querySelectorAll("tbody tr:first-child > :is(th, td)")].forEach((cell, i) => {
            if (ofWords.includes(headings[i] ?? "")) cell.append(` ${"x".repeat(60)}`);
          });
        }
      });
      const wider = await tables.evaluateAll((els) => els.map((t) => t.scrollWidth - t.parentElement!.clientWidth).filter((d) => d > 0));
      expect(wider, `${path} has a table wider than its box at ${width}px`).toEqual([]);
    }
  }
});

test("every page tied to one negotiation names it in its breadcrumb, reading and editing", async ({ page }) => {
  test.slow();
  const slug = "israel-hamas-gaza";
  const one = async (sql: string) => {
    const [row] = await query<Record<string, string>>(sql, [slug]);
    if (!row) throw new Error(`No record for: ${sql}`);
    return row;
  };
  const negotiation = await one(`SELECT id, title FROM "Negotiation" WHERE slug = ?`);
  const inNegotiation = `JOIN "Negotiation" n ON n.id = x."negotiationId" WHERE n.slug = ? AND x."retractedAt" IS NULL`;
  const issue = await one(`SELECT x.slug FROM "Issue" x ${inNegotiation} ORDER BY x."order", x.slug LIMIT 1`);
  const position = await one(
    `SELECT p.id, pa.slug AS party, i.slug AS issue FROM "Position" p JOIN "Issue" i ON i.id = p."issueId" JOIN "Party" pa ON pa.id = p."partyId"
     JOIN "Negotiation" n ON n.id = i."negotiationId" WHERE n.slug = ? AND p."retractedAt" IS NULL AND p.status = 'current' ORDER BY p.id LIMIT 1`,
  );
  const event = await one(`SELECT x.id, x.slug FROM "Event" x ${inNegotiation} ORDER BY x.slug LIMIT 1`);
  const commitment = await one(`SELECT x.id FROM "Commitment" x ${inNegotiation} ORDER BY x.id LIMIT 1`);
  const area = await one(`SELECT x.slug FROM "Area" x ${inNegotiation} ORDER BY x.slug LIMIT 1`);
  const plan = await one(`SELECT x.id FROM "Plan" x ${inNegotiation} AND x."previousVersionId" IS NOT NULL ORDER BY x.id LIMIT 1`);
  const previous = await one(`SELECT x."previousVersionId" AS id FROM "Plan" x ${inNegotiation} AND x.id = '${plan.id}'`);
  const point = await one(
    `SELECT pp.id FROM "PlanPoint" pp JOIN "Plan" x ON x.id = pp."planId" ${inNegotiation} AND pp."retractedAt" IS NULL ORDER BY pp.id LIMIT 1`,
  );
  const q = encodeURIComponent;
  const base = `/negotiations/${slug}`;
  const reading = [
    `${base}/issues/${issue.slug}`,
    `${base}/compare`,
    `${base}/changes`,
    `${base}/plans`,
    `${base}/areas`,
    `/positions/${q(position.id!)}`,
    `/positions/${q(position.id!)}/history`,
    `/events/${event.slug}`,
    `/plans/${q(plan.id!)}`,
    `/plans/${q(previous.id!)}/diff/${q(plan.id!)}`,
    `/history/commitment/${q(commitment.id!)}`,
    `/history/event/${q(event.id!)}`,
  ];
  const editing = [
    `${base}/edit`,
    `${base}/setup`,
    `${base}/issues/new`,
    `${base}/issues/${issue.slug}/edit`,
    `${base}/areas/new`,
    `${base}/areas/${area.slug}/edit`,
    `/positions/new?negotiation=${slug}`,
    `/positions/new?negotiation=${slug}&party=${position.party}&issue=${position.issue}`,
    `/positions/${q(position.id!)}/edit`,
    `/positions/${q(position.id!)}/new-statement`,
    `/events/new?negotiation=${slug}`,
    `/events/${event.slug}/edit`,
    `/commitments/new?negotiation=${slug}`,
    `/commitments/${q(commitment.id!)}/edit`,
    `/plans/new?negotiation=${slug}`,
    `/plans/${q(plan.id!)}/edit`,
    `/plans/${q(plan.id!)}/points`,
    `/plan-points/${q(point.id!)}/edit`,
  ];
  const checkTrail = async (path: string) => {
    await page.goto(path);
    const trail = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(trail.getByRole("link", { name: negotiation.title, exact: true }), path).toHaveAttribute("href", base);
  };
  for (const path of reading) await checkTrail(path);
  await signInAs(page, "editor");
  for (const path of editing) await checkTrail(path);
});
