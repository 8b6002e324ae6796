import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { NEGOTIATION, issuesInOrder, readerDate, stanceWord } from "./support/reader";

test("a party page shows its current stance on each issue and the earlier statements beneath", async ({ page }) => {
  const issues = await issuesInOrder();
  const statements = await query<{ id: string; issueId: string; stance: string; status: string; statedOn: string; statedOnPrecision: string }>(
    `SELECT p.id, p."issueId", p.stance, p.status, p."statedOn", p."statedOnPrecision" FROM "Position" p
       JOIN "Party" pa ON pa.id = p."partyId"
      WHERE pa.slug = 'russia' AND p."retractedAt" IS NULL`,
  );

  await page.goto("/parties/russia");
  await expect(page).toHaveTitle("Russia — Parley");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia");
  await expect(page.getByRole("heading", { level: 2, name: "Russia–Ukraine peace process" })).toBeVisible();

  const overview = page.getByRole("table", { name: /current stance on each issue/ });
  await expect(overview.getByRole("rowheader")).toHaveText(issues.map((i) => i.name));

  for (const issue of issues) {
    const mine = statements.filter((s) => s.issueId === issue.id);
    const current = mine.find((s) => s.status === "current");
    const row = overview.getByRole("row").filter({ has: page.getByRole("rowheader", { name: issue.name, exact: true }) });
    await expect(row).toContainText(current ? stanceWord(current.stance) : "No stated position");
    if (!mine.length) continue;

    const section = page.getByRole("region", { name: issue.name, exact: true });
    if (current) {
      await expect(section).toContainText(readerDate(current.statedOn, current.statedOnPrecision));
      await expect(section.getByRole("link", { name: /^Full record/ })).toHaveAttribute("href", `/positions/${current.id}`);
    }
    const earlier = mine.filter((s) => s.status !== "current");
    const list = section.getByRole("list", { name: /^Earlier statements/ });
    if (earlier.length === 0) {
      await expect(list).toHaveCount(0);
    } else {
      await expect(list.getByRole("listitem")).toHaveCount(earlier.length);
      const newest = earlier.sort((a, b) => +new Date(b.statedOn) - +new Date(a.statedOn))[0]!;
      await expect(list.getByRole("listitem").first()).toContainText(readerDate(newest.statedOn, newest.statedOnPrecision));
    }
  }
});

// A statement's summary is what readers come for: on a wide screen it keeps the measure of
// the page's other prose (about 65 characters a line), not the 130 of the page's full width.
test("statements read at a comfortable measure on a wide screen, on party, issue and position pages", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const summaries = await query<{ id: string; summary: string }>(
    `SELECT p.id, p.summary FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" JOIN "Issue" i ON i.id = p."issueId"
      WHERE pa.slug = 'russia' AND i.slug = 'territory' AND p."retractedAt" IS NULL`,
  );
  const current = summaries.find((s) => s.id === "ru-2026-mar-memo");
  expect(current, "the seeded Russian statement on territory of March 2026").toBeDefined();
  for (const path of ["/parties/russia", `/negotiations/${NEGOTIATION}/issues/territory`, "/positions/ru-2026-mar-memo"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const widest = await page.evaluate((texts) => {
      const wanted = new Set(texts);
      const widths = [...document.querySelectorAll("main p")]
        .filter((p) => wanted.has(p.textContent!.trim()))
        .map((p) => {
          // The width of "0" in the paragraph's own font: CSS's ch.
          const ch = document.createElement("span");
          ch.style.cssText = "position:absolute;width:1ch";
          p.append(ch);
          const oneCh = ch.getBoundingClientRect().width;
          ch.remove();
          return p.getBoundingClientRect().width / oneCh;
        });
      return { found: widths.length, ch: Math.round(Math.max(...widths)) };
    }, summaries.map((s) => s.summary));
    expect(widest.found, path).toBeGreaterThan(1);
    expect(widest.ch, path).toBeLessThanOrEqual(70);
  }
});

test("a party's page links back to the negotiation and its issues", async ({ page }) => {
  await page.goto("/parties/ukraine");
  await page.getByRole("link", { name: "Russia–Ukraine peace process" }).first().click();
  await expect(page).toHaveURL(`/negotiations/${NEGOTIATION}`);
});

test("a party's page lists the plans it wrote or co-wrote in each negotiation, newest first, each linked", async ({ page }) => {
  const plans = await query<{ id: string; title: string }>(
    `SELECT pl.id, pl.title FROM "Plan" pl
       JOIN "PlanAuthor" a ON a."planId" = pl.id JOIN "Party" pa ON pa.id = a."partyId" JOIN "Negotiation" n ON n.id = pl."negotiationId"
      WHERE pa.slug = 'russia' AND n.slug = ? AND pl."retractedAt" IS NULL
      ORDER BY pl.date DESC, pl."createdAt" DESC`,
    [NEGOTIATION],
  );
  expect(plans.length).toBeGreaterThan(0);
  await page.goto("/parties/russia");
  const list = page.getByRole("region", { name: "Plans and drafts by Russia" }).getByRole("listitem");
  await expect(list).toHaveCount(plans.length);
  for (const [i, plan] of plans.entries()) await expect(list.nth(i).getByRole("link", { name: plan.title, exact: true })).toHaveAttribute("href", `/plans/${plan.id}`);
});

test("a party's page lists the commitments it is a party to in each negotiation, each with its status, linked", async ({ page }) => {
  const commitments = await query<{ id: string; summary: string }>(
    `SELECT c.id, c.summary FROM "Commitment" c
       JOIN "CommitmentParty" cp ON cp."commitmentId" = c.id JOIN "Party" pa ON pa.id = cp."partyId" JOIN "Negotiation" n ON n.id = c."negotiationId"
      WHERE pa.slug = 'russia' AND n.slug = ? AND c."retractedAt" IS NULL`,
    [NEGOTIATION],
  );
  expect(commitments.length).toBeGreaterThan(0);
  await page.goto("/parties/russia");
  const section = page.getByRole("region", { name: "Commitments Russia is party to" });
  await expect(section.getByRole("listitem")).toHaveCount(commitments.length);
  for (const c of commitments) {
    const item = section.getByRole("listitem").filter({ has: page.getByRole("link", { name: c.summary, exact: true }) });
    await expect(item.getByRole("link")).toHaveAttribute("href", `/commitments/${c.id}`);
    await expect(item).toContainText(/Promised|In progress|Fulfilled|Broken/);
  }
});

test("an unknown party is a 404", async ({ page }) => {
  const response = await page.goto("/parties/atlantis");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Party not found/);
});
