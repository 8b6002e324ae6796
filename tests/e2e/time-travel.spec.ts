import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { positionsAsOf, statementsMadeBy } from "./support/as-of";
import { query } from "./support/db";
import { NEGOTIATION, issuesInOrder, partiesInOrder, readerDate, stanceWord } from "./support/reader";

const DAY = "2022-04-01";
const matrixPath = `/negotiations/${NEGOTIATION}`;

test("the matrix as of 1 April 2022 shows the Istanbul-era positions the database has for that date", async ({ page }) => {
  const [parties, issues, asOf] = await Promise.all([partiesInOrder(), issuesInOrder(), positionsAsOf(DAY)]);
  expect(asOf.size, "the seed has statements from the 2022 Istanbul round").toBeGreaterThan(0);

  await page.goto(`${matrixPath}?asOf=${DAY}`);
  const banner = page.getByRole("region", { name: "Time travel" });
  await expect(banner).toContainText("As of 1 April 2022 — showing statements made by then.");
  await expect(banner).toContainText("statement date");
  await expect(banner.getByRole("link", { name: "Back to today" })).toHaveAttribute("href", matrixPath);

  const table = page.getByRole("table", { name: "Positions as of 1 April 2022: parties (rows) by issues (columns)" });
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => ({ text: td.textContent ?? "", href: td.querySelector("a")?.getAttribute("href") ?? null }))),
  );
  parties.forEach((party, r) => {
    issues.forEach((issue, c) => {
      const position = asOf.get(`${party.id}:${issue.id}`);
      const cell = rows[r]![c]!;
      if (position) {
        expect(cell.text, `${party.slug} × ${issue.slug}`).toContain(stanceWord(position.stance));
        expect(cell.text).toContain(readerDate(position.statedOn, position.statedOnPrecision));
        expect(cell.href, "the cell still links to the position's record").toBe(`/positions/${position.id}`);
      } else {
        expect(cell.text, `${party.slug} × ${issue.slug}`).toContain("No stated position");
      }
    });
  });
  await expect(table.getByRole("link", { name: /^.+ on .+: / })).toHaveCount(asOf.size);
  // An issue's or a party's page, opened from the matrix, shows the same date.
  const headers = await table.locator("thead a, tbody th a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(headers).toHaveLength(issues.length + parties.length);
  for (const href of headers) expect(href).toMatch(new RegExp(`\\?asOf=${DAY}$`));
});

test("the date control keeps to the page and goes back in time", async ({ page }) => {
  await page.goto(matrixPath);
  const control = page.getByRole("form", { name: "Show positions as of a date" });
  await control.getByLabel("Show positions as of").fill(DAY);
  await control.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(`${matrixPath}?asOf=${DAY}`);
  await expect(page.getByRole("region", { name: "Time travel" })).toContainText("As of 1 April 2022");
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page).toHaveURL(matrixPath);
  await expect(page.getByRole("table", { name: /^Current positions/ })).toBeVisible();
});

test("a party's page as of a date shows only what it had said by then", async ({ page }) => {
  const [party] = await query<{ id: string }>(`SELECT id FROM "Party" WHERE slug = 'ukraine'`);
  const made = (await statementsMadeBy(DAY)).filter((s) => s.partyId === party!.id);
  const asOf = [...(await positionsAsOf(DAY)).values()].filter((s) => s.partyId === party!.id);
  const later = await query<{ summary: string }>(`SELECT summary FROM "Position" WHERE "partyId" = ? AND "statedOn" > ? AND "retractedAt" IS NULL`, [party!.id, `${DAY}T00:00:00.000+00:00`]);
  expect(made.length).toBeGreaterThan(0);

  await page.goto(`/parties/ukraine?asOf=${DAY}`);
  await expect(page.getByRole("region", { name: "Time travel" })).toContainText("As of 1 April 2022");
  const overview = page.getByRole("table", { name: /Ukraine: stance as of 1 April 2022 on each issue/ });
  await expect(overview.getByRole("cell").filter({ hasText: /^(Demands|Proposes|Offers|Accepts|Conditional|Rejects|Unclear)$/ })).toHaveCount(asOf.length);
  for (const s of asOf) await expect(page.getByText(s.summary, { exact: true }).first()).toBeVisible();
  for (const s of later.slice(0, 10)) await expect(page.getByText(s.summary, { exact: true })).toHaveCount(0);
});

test("an issue's page as of a date shows each party where it stood then", async ({ page }) => {
  const [parties, issues, asOf] = await Promise.all([partiesInOrder(), issuesInOrder(), positionsAsOf(DAY)]);
  const territory = issues.find((i) => i.slug === "territory")!;
  const speaking = parties.filter((p) => asOf.has(`${p.id}:${territory.id}`));

  await page.goto(`${matrixPath}/issues/territory?asOf=${DAY}`);
  await expect(page.getByRole("heading", { name: "Where each party stood on 1 April 2022" })).toBeVisible();
  const cards = page.getByRole("list", { name: "Positions as of 1 April 2022" }).getByRole("listitem");
  await expect(cards.getByRole("heading", { level: 3 })).toHaveText(speaking.map((p) => p.shortName));
  for (const [i, party] of speaking.entries()) {
    const position = asOf.get(`${party.id}:${territory.id}`)!;
    await expect(cards.nth(i)).toContainText(position.summary);
    await expect(cards.nth(i).getByRole("link", { name: /^Full record/ })).toHaveAttribute("href", `/positions/${position.id}`);
  }
});

test("the compare page as of a date compares the positions of that date", async ({ page }) => {
  const [parties, issues, asOf] = await Promise.all([partiesInOrder(), issuesInOrder(), positionsAsOf(DAY)]);
  const russia = parties.find((p) => p.slug === "russia")!;
  const ukraine = parties.find((p) => p.slug === "ukraine")!;
  await page.goto(`${matrixPath}/compare?parties=russia,ukraine&asOf=${DAY}`);
  await expect(page.getByRole("region", { name: "Time travel" })).toContainText("As of 1 April 2022");
  const table = page.getByRole("table", { name: "Russia and Ukraine compared, issue by issue (as of 1 April 2022)" });
  for (const issue of issues) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: issue.name, exact: true }) });
    for (const [i, party] of [russia, ukraine].entries()) {
      const cell = row.getByRole("cell").nth(i + 1);
      const position = asOf.get(`${party.id}:${issue.id}`);
      if (position) await expect(cell.getByRole("link", { name: /^Full record/ })).toHaveAttribute("href", `/positions/${position.id}`);
      else await expect(cell).toHaveText("No stated position by 1 April 2022");
    }
  }
});

for (const bad of ["2022-02-30", "abc"]) {
  test(`an impossible date (${bad}) is named on every page, which then shows today`, async ({ page }) => {
    for (const path of [matrixPath, "/parties/russia", `${matrixPath}/issues/territory`, `${matrixPath}/compare?parties=russia,ukraine`]) {
      const response = await page.goto(`${path}${path.includes("?") ? "&" : "?"}asOf=${bad}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("status").filter({ hasText: `“${bad}” is not a date Parley can show positions for` })).toBeVisible();
      await expect(page.getByText("Showing today’s positions instead.")).toBeVisible();
      await expect(page.getByRole("region", { name: "Time travel" })).toHaveCount(0);
    }
    await page.goto(`${matrixPath}?asOf=${bad}`);
    await expect(page.getByRole("table", { name: /^Current positions/ })).toBeVisible();
  });
}

test("what changed lists exactly the statements made in the range, oldest first", async ({ page }) => {
  const [from, to] = ["2025-05-01", "2025-06-30"];
  const expected = await query<{ id: string }>(
    `SELECT p.id FROM "Position" p JOIN "Issue" i ON i.id = p."issueId" JOIN "Negotiation" n ON n.id = i."negotiationId"
      WHERE n.slug = ? AND p."retractedAt" IS NULL AND i."retractedAt" IS NULL
        AND p."statedOn" >= ? AND p."statedOn" <= ?
      ORDER BY p."statedOn", p."createdAt", p.id`,
    [NEGOTIATION, `${from}T00:00:00.000+00:00`, `${to}T00:00:00.000+00:00`],
  );
  expect(expected.length).toBeGreaterThan(0);

  await page.goto(`${matrixPath}/changes?from=${from}&to=${to}`);
  await expect(page.getByRole("heading", { name: `${expected.length} statements in this range` })).toBeVisible();
  const list = page.getByRole("table", { name: "Statements made between 1 May 2025 and 30 June 2025, oldest first" });
  const hrefs = await list.locator("tbody tr a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual(expected.map((e) => `/positions/${e.id}`));
});

test("what changed for one party is linked from its page, and filters by party", async ({ page }) => {
  const [from, to] = ["2025-01-01", "2025-12-31"];
  const expected = await query<{ id: string }>(
    `SELECT p.id FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" JOIN "Issue" i ON i.id = p."issueId"
       JOIN "Negotiation" n ON n.id = i."negotiationId"
      WHERE n.slug = ? AND pa.slug = 'russia' AND p."retractedAt" IS NULL AND i."retractedAt" IS NULL
        AND p."statedOn" >= ? AND p."statedOn" <= ?
      ORDER BY p."statedOn", p."createdAt", p.id`,
    [NEGOTIATION, `${from}T00:00:00.000+00:00`, `${to}T00:00:00.000+00:00`],
  );

  await page.goto("/parties/russia");
  await page.getByRole("link", { name: "What Russia said between two dates" }).click();
  await expect(page).toHaveURL(`${matrixPath}/changes?party=russia`);
  const form = page.getByRole("form", { name: "What changed between two dates" });
  await form.getByLabel("From").fill(from);
  await form.getByLabel("To").fill(to);
  await form.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(`${matrixPath}/changes?from=${from}&to=${to}&party=russia`);
  const hrefs = await page.getByRole("table", { name: /^Statements made between/ }).locator("tbody tr a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual(expected.map((e) => `/positions/${e.id}`));
  await expect(page.getByRole("table", { name: /^Positions before and after/ }).getByRole("rowheader").first()).toHaveText("Russia");
});

test("what changed says so when the range is back to front or a date does not exist", async ({ page }) => {
  const response = await page.goto(`${matrixPath}/changes?from=2025-06-02&to=2025-06-01`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "The start date must not be after the end date" })).toBeVisible();
  await page.goto(`${matrixPath}/changes?from=2022-02-30`);
  await expect(page.getByRole("status").filter({ hasText: "Enter the start date as a real date" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the matrix as of a date has no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${matrixPath}?asOf=${DAY}`);
    await expect(page.getByRole("region", { name: "Time travel" })).toBeVisible();
    // The dark scheme changes only colours: its other rules would repeat the light pass.
    await expectNoSeriousA11yViolations(page, scheme === "dark" ? { only: "colour" } : {});
  });
}

test("the what-changed page has no serious accessibility violations", async ({ page }) => {
  await page.goto(`${matrixPath}/changes?from=2025-05-01&to=2025-06-30`);
  await expectNoSeriousA11yViolations(page);
});
