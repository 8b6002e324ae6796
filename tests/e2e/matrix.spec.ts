import { expect, test } from "@playwright/test";
import { execute, query } from "./support/db";
import { editAsAnotherEditor } from "./support/editing";
import { focusHiddenWhileTabbingBack } from "./support/held-column";
import { NEGOTIATION, currentPositions, issuesInOrder, partiesInOrder, stanceWord } from "./support/reader";

const matrixName = /Current positions: parties \(rows\) by issues \(columns\)/;

test("every cell of the matrix shows the party's current stance as stored", async ({ page }) => {
  const [parties, issues, positions] = await Promise.all([partiesInOrder(), issuesInOrder(), currentPositions()]);
  expect(parties).toHaveLength(12);
  expect(issues).toHaveLength(14);

  await page.goto(`/negotiations/${NEGOTIATION}`);
  const table = page.getByRole("table", { name: matrixName });
  await expect(table).toBeVisible();

  const columnHeaders = await table.getByRole("columnheader").allInnerTexts();
  expect(columnHeaders.slice(1).map((t) => t.trim())).toEqual(issues.map((i) => i.name));
  const rowHeaders = await table.getByRole("rowheader").allInnerTexts();
  expect(rowHeaders.map((t) => t.trim())).toEqual(parties.map((p) => p.shortName));

  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
  expect(rows).toHaveLength(parties.length);
  let filled = 0;
  parties.forEach((party, r) => {
    expect(rows[r]).toHaveLength(issues.length);
    issues.forEach((issue, c) => {
      const position = positions.find((p) => p.partyId === party.id && p.issueId === issue.id);
      const text = rows[r]![c]!;
      if (position) {
        filled++;
        expect(text, `${party.slug} × ${issue.slug}`).toContain(stanceWord(position.stance));
      } else {
        expect(text, `${party.slug} × ${issue.slug}`).toContain("No stated position");
      }
    });
  });
  expect(filled).toBe(positions.length);
  await expect(table.getByRole("link", { name: /^.+ on .+: / })).toHaveCount(positions.length);
});

test("each filled cell links to its position and describes it with the summary", async ({ page }) => {
  const [cell] = await query<{ id: string; summary: string; stance: string }>(
    `SELECT p.id, p.summary, p.stance FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" JOIN "Issue" i ON i.id = p."issueId"
      WHERE pa.slug = 'ukraine' AND i.slug = 'territory' AND p.status = 'current' AND p."retractedAt" IS NULL`,
  );
  await page.goto(`/negotiations/${NEGOTIATION}`);
  const link = page.getByRole("link", { name: /^Ukraine on Territorial demands:/ });
  await expect(link).toHaveAttribute("href", `/positions/${cell!.id}`);
  await expect(link).toContainText(stanceWord(cell!.stance));
  await expect(link).toHaveAccessibleDescription(cell!.summary);

  const bubble = page.locator("[aria-hidden=true]").filter({ hasText: cell!.summary });
  await expect(bubble).toBeHidden();
  await page.keyboard.press("Tab");
  await link.focus();
  await expect(bubble).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(bubble).toBeHidden();

  await link.hover();
  await expect(bubble).toBeVisible();
  await page.getByRole("heading", { level: 1 }).hover();
  await expect(bubble).toBeHidden();
});

test("on paper, every issue's column of the matrix is within the page", async ({ page }) => {
  // A4 landscape less its margins, at the 96 px to the inch a browser prints at.
  await page.setViewportSize({ width: 1030, height: 720 });
  await page.goto(`/negotiations/${NEGOTIATION}`);
  await page.emulateMedia({ media: "print" });
  const table = page.getByRole("table", { name: matrixName });
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const box = await table.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  const lastHeader = await table.getByRole("columnheader").last().boundingBox();
  expect(lastHeader!.x + lastHeader!.width).toBeLessThanOrEqual(width);
  // The caption goes to the next page with the table rather than stay alone at a page's foot.
  expect(await table.locator("caption").evaluate((caption) => getComputedStyle(caption).breakAfter)).toBe("avoid");
});

test("the stance legend, folded above the matrix, names every stance", async ({ page }) => {
  await page.goto(`/negotiations/${NEGOTIATION}`);
  const legend = page.getByRole("region", { name: "Stances" });
  await expect(legend).toBeHidden();
  await page.getByText("How to read this table: stances and dates").click();
  for (const stance of ["demands", "proposes", "offers", "accepts", "conditional", "rejects", "unclear"]) {
    await expect(legend.getByText(stanceWord(stance), { exact: true })).toBeVisible();
  }
});

test("the negotiation page lists the latest events and commitments from the database", async ({ page }) => {
  const events = await query<{ name: string }>(
    `SELECT e.name FROM "Event" e JOIN "Negotiation" n ON n.id = e."negotiationId"
      WHERE n.slug = ? AND e."retractedAt" IS NULL ORDER BY e.date DESC LIMIT 5`,
    [NEGOTIATION],
  );
  await page.goto(`/negotiations/${NEGOTIATION}`);
  const list = page.getByRole("list", { name: "Latest events" });
  await expect(list.getByRole("listitem")).toHaveCount(events.length);
  await expect(list.getByRole("link")).toHaveText(events.map((e) => e.name));
  await expect(page.getByRole("list", { name: "Latest commitments" }).getByRole("article").first()).toBeVisible();
});

test.describe("retracted records", () => {
  const id = `e2e-retracted-${Date.now()}`;
  const summary = `A retracted statement that readers must never see (${id})`;

  test.afterEach(async () => {
    await execute(`DELETE FROM "Position" WHERE id = ?`, [id]);
  });

  test("a retracted position never shows, even when marked current", async ({ page }) => {
    const [party] = await query<{ id: string }>(`SELECT id FROM "Party" WHERE slug = 'uae'`);
    const [issue] = await query<{ id: string }>(`SELECT id FROM "Issue" WHERE slug = 'eu-membership'`);
    const existing = await currentPositions();
    expect(existing.some((p) => p.partyId === party!.id && p.issueId === issue!.id), "the UAE × EU cell must start empty").toBe(false);
    const now = new Date().toISOString();
    await execute(
      `INSERT INTO "Position" (id, "partyId", "issueId", stance, summary, "statedOn", status, "retractedAt", "updatedAt")
       VALUES (?, ?, ?, 'demands', ?, ?, 'current', ?, ?)`,
      [id, party!.id, issue!.id, summary, "2025-06-01T00:00:00.000+00:00", now, now],
    );

    const column = (await issuesInOrder()).findIndex((i) => i.id === issue!.id);
    await page.goto(`/negotiations/${NEGOTIATION}`);
    const row = page.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: "UAE", exact: true }) });
    await expect(row.getByRole("cell").nth(column)).toHaveText(/No stated position/);
    await expect(page.getByRole("link", { name: /^UAE on EU membership/ })).toHaveCount(0);

    const response = await page.goto(`/positions/${id}`);
    expect(response?.status()).toBe(404);

    for (const path of ["/parties/uae", `/negotiations/${NEGOTIATION}/issues/eu-membership`]) {
      await page.goto(path);
      await expect(page.getByText(summary)).toHaveCount(0);
    }
  });
});

// The browser scrolls a focused cell into view without regard to the party names held at the
// left, and not at all when a sliver of it shows: tabbing back along a row hid each cell
// under the names.
test("tabbing back through the matrix, each cell shows whole beside the party names", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/negotiations/israel-hamas-gaza");
  const region = page.getByRole("region", { name: /^Matrix of current positions/ });
  await expect(region.getByRole("link").first()).toBeVisible();
  expect(await focusHiddenWhileTabbingBack(region)).toEqual([]);
});

test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the matrix scrolls sideways inside its frame, with party names held in place", async ({ page }) => {
    await page.goto(`/negotiations/${NEGOTIATION}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the page itself must not scroll sideways").toBeLessThanOrEqual(0);

    const frame = page.getByRole("region", { name: /Matrix of current positions/ });
    const widths = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);

    const russia = page.getByRole("rowheader", { name: "Russia" });
    const before = await russia.boundingBox();
    await frame.evaluate((el) => el.scrollBy({ left: 600 }));
    await expect(page.getByRole("columnheader", { name: "Ceasefire terms" })).not.toBeInViewport();
    const after = await russia.boundingBox();
    expect(after?.x).toBeCloseTo(before!.x, 0);
    expect(after!.x).toBeGreaterThanOrEqual(0);
    expect(after!.x + after!.width).toBeLessThan(375);
  });
});

// A 1366×768 screen shows a page about 660 px high once the browser's own bars are drawn:
// on both seeded negotiations the matrix's first rows show either way — three parties' rows
// with the whole height, the first two once the bars take their share.
for (const negotiation of [NEGOTIATION, "israel-hamas-gaza"]) {
  for (const [height, rows] of [[768, 3], [660, 2]] as const) {
    test(`on a 1366×768 screen (${height} px of page) ${negotiation}'s matrix shows its first rows without scrolling`, async ({ page }) => {
      const parties = await partiesInOrder(negotiation);
      const [{ summary }] = (await query<{ summary: string }>(`SELECT summary FROM "Negotiation" WHERE slug = ?`, [negotiation])) as [{ summary: string }];
      await page.setViewportSize({ width: 1366, height });
      await page.goto(`/negotiations/${negotiation}`);
      const table = page.getByRole("table", { name: matrixName });
      await expect(table).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The header row and the first parties' rows lie wholly inside the first screen.
      for (const party of parties.slice(0, rows)) {
        const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: party.shortName, exact: true }) });
        const box = await row.boundingBox();
        expect(box, `row of ${party.shortName}`).not.toBeNull();
        expect(box!.y + box!.height, `bottom of ${party.shortName}'s row`).toBeLessThanOrEqual(height);
      }
      // The reading guide is still one click away, above the matrix.
      const guide = page.getByText("How to read this table: stances and dates");
      await expect(guide).toBeVisible();
      await guide.click();
      await expect(page.getByRole("region", { name: "Stances" })).toBeVisible();
      // So is the negotiation's summary, folded above it.
      const about = page.getByText("About this negotiation");
      await about.click();
      await expect(page.getByText(summary.slice(0, 60)).first()).toBeVisible();
    });
  }
}

test("the negotiation page lists the latest changes to its records, each leading to its history", async ({ page }) => {
  // Talks of another editor's own: its statement is the newest change to their records.
  const f = await editAsAnotherEditor<{ positionId: string; issueName: string; negotiationSlug: string }>("setup");
  await editAsAnotherEditor("update-summary", f.positionId, "Offers to publish every list, weekly.");
  await page.goto(`/negotiations/${f.negotiationSlug}`);
  const changes = page.getByRole("list", { name: "Latest changes" }).getByRole("listitem");
  await expect(changes.first()).toContainText("Edited");
  await expect(changes.first()).toContainText("Another Editor");
  await expect(changes.first().getByRole("link")).toHaveAttribute("href", `/positions/${f.positionId}/history`);
  await expect(changes).toHaveCount(4); // the statement's edit and creation, its issue's, its negotiation's
  await page.getByRole("link", { name: "Every change to these records" }).click();
  await expect(page).toHaveURL(`/changes?negotiation=${f.negotiationSlug}`);
});
