// The second bundled negotiation, Gaza, read as a reader reaches it from home: its matrix,
// a territorial position with its sources, the compare page naming the areas in dispute,
// and a party both negotiations share, with its positions in each.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { issuesInOrder, partiesInOrder } from "./support/reader";

const GAZA = "israel-hamas-gaza";

async function negotiationTitle(slug: string) {
  const [row] = await query<{ title: string }>(`SELECT title FROM "Negotiation" WHERE slug = ?`, [slug]);
  return row!.title;
}

test("a reader goes from home to Gaza's matrix, a territorial cell and its position with areas and sources", async ({ page }) => {
  const [title, parties, issues] = await Promise.all([negotiationTitle(GAZA), partiesInOrder(GAZA), issuesInOrder(GAZA)]);
  const withdrawal = issues.find((i) => i.kind === "territory")!;
  const israel = parties.find((p) => p.slug === "israel")!;
  const [position] = await query<{ id: string; summary: string; terms: string | { claims: { area: string }[] } }>(
    `SELECT id, summary, terms FROM "Position" WHERE "partyId" = ? AND "issueId" = ? AND status = 'current' AND "retractedAt" IS NULL`,
    [israel.id, withdrawal.id],
  );
  const terms = (typeof position!.terms === "string" ? JSON.parse(position!.terms) : position!.terms) as { claims: { area: string }[] };
  const areaNames = await query<{ slug: string; name: string }>(
    `SELECT a.slug, a.name FROM "Area" a JOIN "Negotiation" n ON n.id = a."negotiationId" WHERE n.slug = ?`,
    [GAZA],
  );
  const claimed = terms.claims.map((c) => areaNames.find((a) => a.slug === c.area)!.name);
  const sources = await query<{ title: string; url: string | null }>(
    `SELECT s.title, s.url FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."positionId" = ? ORDER BY c."order"`,
    [position!.id],
  );

  await page.goto("/");
  await page.getByRole("article", { name: title }).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/negotiations/${GAZA}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: new RegExp(`^${israel.shortName} on ${withdrawal.name}:`) }).click();
  await expect(page).toHaveURL(`/positions/${position!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${israel.shortName} on ${withdrawal.name}`);
  await expect(page.getByText(position!.summary, { exact: true }).first()).toBeVisible();
  const claims = page.getByRole("list", { name: "Claims by area" });
  await expect(claims.getByRole("listitem")).toHaveCount(claimed.length);
  for (const name of claimed) await expect(claims).toContainText(name);
  await expect(page.getByRole("complementary", { name: "Editor's coding note" })).toContainText(/Confidence in this coding: (High|Medium|Low)/);
  expect(sources.length).toBeGreaterThan(0);
  for (const s of sources.filter((s) => s.url)) await expect(page.locator(`a[href="${s.url}"]`).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("comparing Israel and Hamas on withdrawal names the corridors they were opposed on, and says why nothing is compared today", async ({ page }) => {
  const issue = (await issuesInOrder(GAZA)).find((i) => i.kind === "territory")!;
  const verdict = () => page.getByRole("table", { name: /compared, issue by issue/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: issue.name, exact: true }) }).getByRole("cell").first();

  // Hamas's reply of 18 August 2024 and Israel's statement of 20 August 2024 name both corridors.
  await page.goto(`/negotiations/${GAZA}/compare?parties=israel,hamas&issues=withdrawal&asOf=2024-09-03`);
  await expect(verdict()).toContainText("Opposed");
  await expect(verdict()).toContainText("Opposed on Netzarim corridor and Philadelphi corridor: Israel wants control by Israel; Hamas wants the withdrawal of Israel's forces");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/negotiations/${GAZA}/compare?parties=israel,hamas&issues=withdrawal`);
  await expect(verdict()).toContainText("Unknown");
  await expect(verdict()).toContainText("state no element of this issue in common");
});

test("the territorial issue and the areas of Gaza read with the areas' names and who holds them", async ({ page }) => {
  await page.goto(`/negotiations/${GAZA}/issues/withdrawal`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("withdrawal");
  await expect(page.getByText("Philadelphi corridor").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/negotiations/${GAZA}/areas`);
  const table = page.getByRole("table", { name: /^13 areas in / });
  await expect(table.getByRole("rowheader").first()).toContainText("Gaza Strip");
  const yellowLine = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Yellow line/ }) });
  await expect(yellowLine.getByRole("cell").nth(1)).toContainText("Israel");
  await expectNoSeriousA11yViolations(page);
});

test("a party both negotiations share shows its positions in each, under the negotiation's title", async ({ page }) => {
  const [gazaTitle, ruTitle] = await Promise.all([negotiationTitle(GAZA), negotiationTitle("russia-ukraine")]);
  await page.goto("/parties/turkey");
  for (const title of [gazaTitle, ruTitle]) {
    const heading = page.getByRole("heading", { level: 2, name: title });
    await expect(heading).toBeVisible();
    const section = page.getByRole("region", { name: title });
    await expect(section.getByRole("table", { name: /current stance on each issue/ })).toBeVisible();
    await expect(section.getByRole("link", { name: /^Full record/ }).first()).toBeVisible();
  }
  // Both negotiations have a ceasefire issue: each overview links to its own section.
  const gazaSection = page.getByRole("region", { name: gazaTitle });
  const link = gazaSection.getByRole("table").getByRole("link").first();
  const target = (await link.getAttribute("href"))!;
  expect(target).toMatch(new RegExp(`^#issue-${GAZA}-`));
  await expect(gazaSection.locator(target)).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});

test("Gaza's events, commitments, changes, search and past dates all answer", async ({ page }) => {
  const [event] = await query<{ slug: string; name: string }>(
    `SELECT e.slug, e.name FROM "Event" e JOIN "Negotiation" n ON n.id = e."negotiationId" WHERE n.slug = ? ORDER BY e.date LIMIT 1`,
    [GAZA],
  );
  await page.goto(`/events/${event!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event!.name);
  await expectNoSeriousA11yViolations(page);

  for (const path of [
    "/commitments",
    `/negotiations/${GAZA}/changes?from=2025-01-01&to=2025-12-31`,
    `/negotiations/${GAZA}?asOf=2024-09-03`,
    `/search?q=Philadelphi&negotiation=${GAZA}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("main")).toBeVisible();
  }
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("every Gaza issue with a shape is compared by its rule, and only the general ones are not", async ({ page }) => {
  const issues = await issuesInOrder(GAZA);
  await page.goto(`/negotiations/${GAZA}/compare?parties=israel,hamas`);
  const table = page.getByRole("table", { name: /compared, issue by issue/ });
  for (const issue of issues) {
    const verdict = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: issue.name, exact: true }) }).getByRole("cell").first();
    await expect(verdict, issue.name).toContainText(/Aligned|Partly aligned|Opposed|Unknown/);
    if (issue.kind === "general") await expect(verdict, issue.name).toContainText("General issues are not compared by rule");
    else await expect(verdict, issue.name).not.toContainText("not compared by rule");
  }
  expect(issues.filter((i) => i.kind !== "general").length).toBeGreaterThanOrEqual(10);
  await expectNoSeriousA11yViolations(page);
});
