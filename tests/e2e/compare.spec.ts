import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { positionsAsOf, readTerms } from "./support/as-of";
import { query } from "./support/db";
import { NEGOTIATION, currentPositions, issuesInOrder, partiesInOrder, stanceWord } from "./support/reader";

const comparePath = `/negotiations/${NEGOTIATION}/compare`;
const table = (page: Page) => page.getByRole("table", { name: /compared, issue by issue/ });
const row = (page: Page, issueName: string) => table(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: issueName, exact: true }) });

/** Each cell of a row shows the party's current position as stored, linked to its record, or says there is none. */
async function expectCells(rowLocator: Locator, expected: ({ id: string; stance: string; summary: string } | undefined)[], none: RegExp) {
  const cells = rowLocator.getByRole("cell");
  // The first cell is the comparison; the parties' cells follow in the chosen order.
  await expect(cells).toHaveCount(expected.length + 1);
  for (const [i, position] of expected.entries()) {
    const cell = cells.nth(i + 1);
    if (position) {
      await expect(cell).toContainText(stanceWord(position.stance));
      await expect(cell).toContainText(position.summary);
      await expect(cell.getByRole("link", { name: /^Full record/ })).toHaveAttribute("href", `/positions/${position.id}`);
    } else {
      await expect(cell).toHaveText(none);
    }
  }
}

test("choosing parties and issues with the form puts them in the address and shows the stored current positions", async ({ page }) => {
  const [parties, issues, current] = await Promise.all([partiesInOrder(), issuesInOrder(), currentPositions()]);
  const chosenParties = parties.filter((p) => ["russia", "ukraine", "united-states"].includes(p.slug));
  const chosenIssues = issues.filter((i) => ["ceasefire", "territory", "humanitarian"].includes(i.slug));

  await page.goto(comparePath);
  await expect(page.getByText("Choose two or more parties to compare.")).toBeVisible();
  const partyBoxes = page.getByRole("group", { name: "Parties" });
  for (const p of chosenParties) await partyBoxes.getByRole("checkbox", { name: p.shortName, exact: true }).check();
  const issueBoxes = page.getByRole("group", { name: "Issues" });
  for (const i of issues) await issueBoxes.getByRole("checkbox", { name: i.name, exact: true }).setChecked(chosenIssues.includes(i));
  await page.getByRole("button", { name: "Compare" }).click();

  // The form's repeated parameters become the one shareable address, in the form's (matrix) order.
  await expect(page).toHaveURL(`${comparePath}?parties=${chosenParties.map((p) => p.slug).join(",")}&issues=${chosenIssues.map((i) => i.slug).join(",")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${chosenParties.map((p) => p.shortName).slice(0, -1).join(", ")} and ${chosenParties.at(-1)!.shortName} compared`);

  const headers = await table(page).getByRole("columnheader").allInnerTexts();
  expect(headers.map((h) => h.trim())).toEqual(["Issue", "Comparison", ...chosenParties.map((p) => p.shortName)]);
  await expect(table(page).getByRole("rowheader")).toHaveText(chosenIssues.map((i) => i.name));
  for (const issue of chosenIssues) {
    const expected = chosenParties.map((p) => current.find((c) => c.partyId === p.id && c.issueId === issue.id));
    await expectCells(row(page, issue.name), expected, /^No stated position$/);
  }
  // The boxes remember the choice.
  for (const p of chosenParties) await expect(partyBoxes.getByRole("checkbox", { name: p.shortName, exact: true })).toBeChecked();
  await expect(issueBoxes.getByRole("checkbox", { name: issues.find((i) => i.slug === "sanctions")!.name })).not.toBeChecked();
});

// Independent of the app's rule code: the SPEC's claim groups and the two near pairs.
const group: Record<string, string> = {
  "recognised-russian-de-jure": "to-russia",
  "recognised-russian-de-facto": "to-russia",
  "ukrainian-withdrawal": "to-russia",
  "freeze-at-line": "status-quo",
  "demilitarised-zone": "status-quo",
  "russian-withdrawal": "to-ukraine",
  "return-to-ukraine": "to-ukraine",
};
const near = (x: string, y: string) =>
  [["recognised-russian-de-facto", "freeze-at-line"], ["demilitarised-zone", "ukrainian-withdrawal"]].some(([p, q]) => (p === x && q === y) || (p === y && q === x));
const opposed = (x: string, y: string) => {
  const groups = new Set([group[x], group[y]]);
  if (!group[x] || !group[y] || groups.size === 1 || near(x, y)) return false;
  return groups.has("to-russia");
};
type Claims = { claims: { region: string; claim: string }[] };
const claimOn = (terms: Claims, region: string) => (terms.claims.find((c) => c.region === region) ?? terms.claims.find((c) => c.region === "all"))?.claim;
const regionName = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1);

test("Russia and Ukraine are opposed on territory, and the reason names the disputed regions", async ({ page }) => {
  const [parties, issues, current] = await Promise.all([partiesInOrder(), issuesInOrder(), currentPositions()]);
  const territory = issues.find((i) => i.slug === "territory")!;
  const termsOf = async (slug: string) => {
    const party = parties.find((p) => p.slug === slug)!;
    const position = current.find((c) => c.partyId === party.id && c.issueId === territory.id)!;
    const [row] = await query<{ terms: string | Claims | null }>(`SELECT terms FROM "Position" WHERE id = ?`, [position.id]);
    return readTerms(row!.terms as never) as Claims;
  };
  const [russia, ukraine] = await Promise.all([termsOf("russia"), termsOf("ukraine")]);
  expect(russia.claims.length, "Russia's current territory position carries coded claims").toBeGreaterThan(0);
  const named = [...new Set([...russia.claims, ...ukraine.claims].map((c) => c.region))].filter((r) => r !== "all" && r !== "other");
  const disputed = named.filter((r) => {
    const x = claimOn(russia, r);
    const y = claimOn(ukraine, r);
    return x && y && opposed(x, y);
  });
  expect(disputed.length, "the seed has regions the two oppose each other on").toBeGreaterThan(0);

  await page.goto(`${comparePath}?parties=russia,ukraine&issues=territory`);
  const verdict = row(page, territory.name).getByRole("cell").first();
  await expect(verdict).toContainText("Opposed");
  const reason = (await verdict.innerText()).replace(/\s+/g, " ");
  const opposedOn = [...reason.matchAll(/Opposed on ([^:]+):/g)].flatMap((m) => m[1]!.split(/, | and /));
  expect(opposedOn.filter((r) => !/occupied territory/.test(r)).sort()).toEqual(disputed.map(regionName).sort());
});

test("with three parties the row shows its worst pair, and every pair on demand", async ({ page }) => {
  await page.goto(`${comparePath}?parties=russia,ukraine,united-states&issues=territory`);
  const verdict = row(page, "Territorial demands").getByRole("cell").first();
  await expect(verdict).toContainText(/Worst pair: (Russia|Ukraine|United States) and (Russia|Ukraine|United States)/);
  const pairs = verdict.getByRole("listitem");
  await expect(pairs.first()).toBeHidden();
  await verdict.getByText("Every pair (3)").click();
  await expect(pairs).toHaveCount(3);
  await expect(pairs).toContainText(["Russia and Ukraine", "Russia and United States", "Ukraine and United States"]);
  for (const pair of await pairs.all()) await expect(pair).toContainText(/Aligned|Partly aligned|Opposed|Unknown/);
});

test("an unknown row says why: a general issue, or a party with no position", async ({ page }) => {
  await page.goto(`${comparePath}?parties=russia,ukraine&issues=humanitarian`);
  const general = row(page, "Prisoners of war, civilians & children").getByRole("cell").first();
  await expect(general).toContainText("Unknown");
  await expect(general).toContainText("General issues are not compared by rule: the positions are shown side by side.");

  // A party and issue with no position, found in the database.
  const [parties, issues, current] = await Promise.all([partiesInOrder(), issuesInOrder(), currentPositions()]);
  const russia = parties.find((p) => p.slug === "russia")!;
  const pair = parties
    .flatMap((p) => issues.filter((i) => i.kind !== "general").map((i) => ({ party: p, issue: i })))
    .find(({ party, issue }) => !current.some((c) => c.partyId === party.id && c.issueId === issue.id) && current.some((c) => c.partyId === russia.id && c.issueId === issue.id));
  test.skip(!pair, "every party has a position on every coded issue Russia speaks on");
  await page.goto(`${comparePath}?parties=russia,${pair!.party.slug}&issues=${pair!.issue.slug}`);
  const verdict = row(page, pair!.issue.name).getByRole("cell").first();
  await expect(verdict).toContainText("Unknown");
  await expect(verdict).toContainText(`${pair!.party.shortName} has stated no position on this issue.`);
});

test("numbers are drawn per party with the gap, as a picture and as a table", async ({ page }) => {
  const day = "2022-05-01";
  const [parties, issues, asOf] = await Promise.all([partiesInOrder(), issuesInOrder(), positionsAsOf(day)]);
  const limits = issues.find((i) => i.slug === "army-limits")!;
  const troops = ["russia", "ukraine"].map((slug) => {
    const party = parties.find((p) => p.slug === slug)!;
    const terms = readTerms(asOf.get(`${party.id}:${limits.id}`)?.terms ?? null);
    return { party, value: typeof terms?.maxTroops === "number" ? terms.maxTroops : null };
  });
  expect(troops.every((t) => t.value !== null), "both sides gave troop caps by May 2022").toBe(true);
  const count = (n: number) => n.toLocaleString("en-GB");
  const gap = Math.abs(troops[0]!.value! - troops[1]!.value!);

  await page.goto(`${comparePath}?parties=russia,ukraine&issues=army-limits&asOf=${day}`);
  const figure = page.getByRole("figure", { name: /Troop cap/ });
  const picture = figure.getByRole("img");
  await expect(picture).toHaveAccessibleName(new RegExp(`Russia ${count(troops[0]!.value!)} troops; Ukraine ${count(troops[1]!.value!)} troops`));
  await expect(picture).toHaveAccessibleName(new RegExp(`Gap between the lowest and highest figure: ${count(gap)} troops`));
  const figures = figure.getByRole("table");
  for (const t of troops) await expect(figures.getByRole("row", { name: new RegExp(`^${t.party.shortName}`) })).toContainText(`${count(t.value!)} troops`);
  await expect(figures.getByRole("row", { name: /^Gap/ })).toContainText(`${count(gap)} troops`);
});

test("unknown parties and issues in the address are named, not a failure", async ({ page }) => {
  const response = await page.goto(`${comparePath}?parties=russia,narnia,ukraine&issues=territory,no-such-issue`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "No party called “narnia”" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "no issue called “no-such-issue”" })).toBeVisible();
  await expect(table(page).getByRole("rowheader")).toHaveText(["Territorial demands"]);
});

test("the copy-link control copies the comparison's address and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${comparePath}?parties=russia,ukraine&issues=territory,ceasefire&asOf=2025-06-01`);
  const fallback = page.getByRole("link", { name: "Link to this comparison" });
  await expect(fallback).toHaveAttribute("href", `${comparePath}?parties=russia,ukraine&issues=territory,ceasefire&asOf=2025-06-01`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still compares, and the address is the shareable one", async ({ page }) => {
    await page.goto(comparePath);
    const partyBoxes = page.getByRole("group", { name: "Parties" });
    await partyBoxes.getByRole("checkbox", { name: "Russia", exact: true }).check();
    await partyBoxes.getByRole("checkbox", { name: "Ukraine", exact: true }).check();
    await page.getByLabel(/^As of/).fill("2022-04-01");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(`${comparePath}?parties=russia,ukraine&asOf=2022-04-01`);
    await expect(table(page)).toBeVisible();
    await expect(page.getByRole("link", { name: "Link to this comparison" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  });
});

test("on paper: no navigation or forms, the table within the page, class words in black on white", async ({ page }) => {
  await page.goto(`${comparePath}?parties=russia,ukraine,united-states,european-powers`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("form", { name: "Choose parties and issues" })).toBeHidden();
  await expect(page.getByRole("search", { name: "Site search" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();

  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const box = await table(page).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);

  const badge = row(page, "Territorial demands").getByText("Opposed", { exact: true }).first();
  await expect(badge).toBeVisible();
  const look = await badge.evaluate((el) => {
    const style = getComputedStyle(el.closest(".compare-badge")!);
    return { color: style.color, background: style.backgroundColor };
  });
  expect(look).toEqual({ color: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)" });
});

for (const scheme of ["light", "dark"] as const) {
  test(`the compare page has no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${comparePath}?parties=russia,ukraine,united-states&issues=territory,army-limits,ceasefire,humanitarian&asOf=2025-12-31`);
    await expect(table(page)).toBeVisible();
    await page.getByText("Every pair (3)").first().click();
    await expectNoSeriousA11yViolations(page);
  });
}
