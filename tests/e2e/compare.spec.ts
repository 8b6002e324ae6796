import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { positionsAsOf, readTerms } from "./support/as-of";
import { focusHiddenWhileTabbingBack } from "./support/held-column";
import { query } from "./support/db";
import { NEGOTIATION, currentPositions, issuesInOrder, partiesInOrder, stanceWord } from "./support/reader";
import { misshapenCheckboxes } from "./support/checkbox-shape";

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

// Independent of the app's rule code: the opposed pairs of docs/comparison-rules.md
// ("territory"), for an area whose holder is `holder`.
type Claim = { area: string; outcome: string; party?: string; recognition?: string };
type Claims = { claims: Claim[] };
const statusQuo = ["frozen-line", "demilitarised", "international"];
function opposed(x: Claim, y: Claim, holder: string | null): boolean {
  if (x.outcome === "undecided" || y.outcome === "undecided") return false;
  if (x.outcome === y.outcome && x.party === y.party) return false;
  if (x.outcome === "held-by" && y.outcome === "held-by") return x.party !== y.party;
  if (x.outcome === "withdrawal" && y.outcome === "withdrawal") return true;
  const held = [x, y].find((c) => c.outcome === "held-by");
  const out = [x, y].find((c) => c.outcome === "withdrawal");
  if (held && out) return held.party === out.party;
  if (statusQuo.includes(x.outcome) && statusQuo.includes(y.outcome)) return false;
  const kept = statusQuo.includes(x.outcome) ? x : y;
  const claim = kept === x ? y : x;
  if (holder === null) return false;
  const keepsHolder = claim.outcome === "held-by" ? claim.party === holder : claim.party !== holder;
  if (!keepsHolder) return false;
  if (kept.outcome === "frozen-line") return claim.outcome === "held-by" ? claim.recognition === "de-jure" : true;
  return claim.outcome === "held-by";
}

test("Russia and Ukraine are opposed on territory, and the reason names the disputed areas by their records' names", async ({ page }) => {
  const [parties, issues, current] = await Promise.all([partiesInOrder(), issuesInOrder(), currentPositions()]);
  const territory = issues.find((i) => i.slug === "territory")!;
  const termsOf = async (slug: string) => {
    const party = parties.find((p) => p.slug === slug)!;
    const position = current.find((c) => c.partyId === party.id && c.issueId === territory.id)!;
    const [row] = await query<{ terms: string | Claims | null }>(`SELECT terms FROM "Position" WHERE id = ?`, [position.id]);
    return readTerms(row!.terms as never) as Claims;
  };
  const areas = await query<{ slug: string; name: string; parentId: string | null; id: string; holder: string | null }>(
    `SELECT a.id, a.slug, a.name, a."parentId", p.slug AS holder FROM "Area" a JOIN "Negotiation" n ON n.id = a."negotiationId" LEFT JOIN "Party" p ON p.id = a."heldById" WHERE n.slug = ?`,
    [NEGOTIATION],
  );
  const area = (slug: string) => areas.find((a) => a.slug === slug);
  const claimOn = (terms: Claims, slug: string): Claim | undefined => {
    const own = terms.claims.find((c) => c.area === slug);
    if (own) return own;
    for (let parent = areas.find((a) => a.id === area(slug)?.parentId); parent; parent = areas.find((a) => a.id === parent!.parentId)) {
      const claim = terms.claims.find((c) => c.area === parent!.slug);
      if (claim) return claim;
    }
    return terms.claims.find((c) => c.area === "all");
  };

  const [russia, ukraine] = await Promise.all([termsOf("russia"), termsOf("ukraine")]);
  expect(russia.claims.length, "Russia's current territory position carries coded claims").toBeGreaterThan(0);
  const named = [...new Set([...russia.claims, ...ukraine.claims].map((c) => c.area))].filter((slug) => slug !== "all");
  const disputed = named.filter((slug) => {
    const x = claimOn(russia, slug);
    const y = claimOn(ukraine, slug);
    return x && y && opposed(x, y, area(slug)?.holder ?? null);
  });
  expect(disputed.length, "the seed has areas the two oppose each other on").toBeGreaterThan(0);

  await page.goto(`${comparePath}?parties=russia,ukraine&issues=territory`);
  const verdict = row(page, territory.name).getByRole("cell").first();
  await expect(verdict).toContainText("Opposed");
  const reason = (await verdict.innerText()).replace(/\s+/g, " ");
  const opposedOn = [...reason.matchAll(/Opposed on ([^:]+):/g)].flatMap((m) => m[1]!.split(/, | and /));
  expect(opposedOn.filter((r) => r !== "all other areas").sort()).toEqual(disputed.map((slug) => area(slug)!.name).sort());
  expect(reason).toContain("Russia holds part of it now");

  // A cell whose terms are coded with low confidence says so, in words; the others do not.
  const confidence = await query<{ slug: string; termsConfidence: string | null }>(
    `SELECT p.slug, pos."termsConfidence" FROM "Position" pos JOIN "Party" p ON p.id = pos."partyId" WHERE pos.id IN (?, ?)`,
    current.filter((c) => c.issueId === territory.id && ["russia", "ukraine"].includes(parties.find((p) => p.id === c.partyId)!.slug)).map((c) => c.id),
  );
  const cells = row(page, territory.name).getByRole("cell");
  for (const { slug, termsConfidence } of confidence) {
    const cell = cells.nth(slug === "russia" ? 1 : 2);
    if (termsConfidence === "low") await expect(cell).toContainText("Terms coded with low confidence");
    else await expect(cell).not.toContainText("low confidence");
  }
  expect(confidence.some((c) => c.termsConfidence === "low"), "the seed codes one of the two with low confidence").toBe(true);
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
  await page.goto(`${comparePath}?parties=russia,ukraine&issues=negotiation-format`);
  const general = row(page, "Negotiation format & framework").getByRole("cell").first();
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

test("four parties fit a desktop's width, with no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${comparePath}?parties=russia,ukraine,united-states,european-powers`);
  const region = page.getByRole("region", { name: "Comparison, issue by issue" });
  await expect(table(page)).toBeVisible();
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

// The issue column is held at the left while the table scrolls sideways, so a verdict wider
// than what it leaves of a phone's screen could never be read whole: its start hid behind
// the issue names whenever its end was scrolled into view.
test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const [negotiation, parties] of [
    [NEGOTIATION, "russia,ukraine"],
    ["israel-hamas-gaza", "israel,hamas,egypt"],
  ]) {
    test(`each verdict fits beside the issue names held at the left (${negotiation})`, async ({ page }) => {
      await page.goto(`/negotiations/${negotiation}/compare?parties=${parties}`);
      const region = page.getByRole("region", { name: "Comparison, issue by issue" });
      await expect(table(page)).toBeVisible();
      const misfits = await region.evaluate((el) => {
        const visibleRight = el.getBoundingClientRect().left + el.clientLeft + el.clientWidth;
        return [...el.querySelectorAll("tbody tr")].flatMap((tr) => {
          const issue = tr.querySelector("th")!.getBoundingClientRect();
          const verdict = tr.querySelector("td")!.getBoundingClientRect();
          const fits = verdict.left >= issue.right - 0.5 && verdict.right <= visibleRight + 0.5;
          return fits ? [] : [`${tr.querySelector("th")!.textContent}: ${Math.round(verdict.right - visibleRight)} px past the edge`];
        });
      });
      expect(misfits).toEqual([]);
    });
  }

  test("tabbing back through the table, each link shows whole beside the issue names", async ({ page }) => {
    await page.goto(`${comparePath}?parties=russia,ukraine`);
    const region = page.getByRole("region", { name: "Comparison, issue by issue" });
    await expect(table(page)).toBeVisible();
    expect(await focusHiddenWhileTabbingBack(region)).toEqual([]);
  });

  test("a chart's words read at a phone's size, within the picture", async ({ page }) => {
    await page.goto(`${comparePath}?parties=russia,ukraine,united-states&issues=army-limits&asOf=2022-05-01`);
    const picture = page.getByRole("figure", { name: /Troop cap/ }).getByRole("img");
    await expect(picture).toBeVisible();
    const words = await picture.evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      const scale = frame.width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll("text")].map((text) => {
        const box = text.getBoundingClientRect();
        const inside = box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
        return { text: text.textContent, px: Math.round(parseFloat(getComputedStyle(text).fontSize) * scale * 10) / 10, inside };
      });
    });
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => w.px < 10 || !w.inside)).toEqual([]);
  });

  test("a party's checkbox keeps its size and sits on the first line when the name wraps", async ({ page }) => {
    await page.goto(`${comparePath}?parties=russia,ukraine`);
    const boxes = page.getByRole("form", { name: "Choose parties and issues" }).getByRole("checkbox");
    await expect(boxes.first()).toBeVisible();
    expect(await misshapenCheckboxes(boxes)).toEqual([]);
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
    // The dark scheme changes only colours: its other rules would repeat the light pass.
    await expectNoSeriousA11yViolations(page, scheme === "dark" ? { only: "colour" } : {});
  });
}
