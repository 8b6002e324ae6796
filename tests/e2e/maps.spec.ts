// Maps of territorial claims: the seeded territory issue's small multiples (one per party,
// each area named by its claim as the stored positions state it, today and on a past date),
// the compare page's difference map, and an editor attaching a drawn outline to an area
// (previewed first; bad GeoJSON is refused and changes nothing). Checked by accessible
// names and the text tables, never by pixels.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { NEGOTIATION, partiesInOrder, readerDate } from "./support/reader";
import { signInAs } from "./support/users";
import { makeFixture } from "./editing-fixtures";

test.setTimeout(90_000);

const ISSUE = `/negotiations/${NEGOTIATION}/issues/territory`;
type Claim = { area: string; outcome: string; party?: string; recognition?: string };
type Stored = { id: string; party: string; shortName: string; terms: unknown; termsConfidence: string | null; statedOn: unknown; statedOnPrecision: string };

/** The parties' territory statements made by `asOf` (all of them without), newest last. */
async function statements(asOf?: string) {
  const rows = await query<Stored>(
    `SELECT p.id, pa.slug AS party, pa."shortName", p.terms, p."termsConfidence", p."statedOn", p."statedOnPrecision" FROM "Position" p
       JOIN "Party" pa ON pa.id = p."partyId" JOIN "Issue" i ON i.id = p."issueId" JOIN "Negotiation" n ON n.id = i."negotiationId"
      WHERE n.slug = ? AND i.slug = 'territory' AND p."retractedAt" IS NULL ORDER BY p."statedOn", p."createdAt"`,
    [NEGOTIATION],
  );
  const claims = (terms: unknown) => ((typeof terms === "string" ? JSON.parse(terms) : terms) as { claims: Claim[] }).claims;
  return rows.filter((r) => !asOf || new Date(r.statedOn as string).getTime() <= Date.parse(asOf)).map((r) => ({ ...r, claims: claims(r.terms) }));
}

/** The seeded areas' names by slug; `drawn`: those with a code, drawn on the maps. */
async function areaNames() {
  const rows = await query<{ slug: string; name: string; code: string | null }>(
    `SELECT a.slug, a.name, a.code FROM "Area" a JOIN "Negotiation" n ON n.id = a."negotiationId" WHERE n.slug = ? AND a."retractedAt" IS NULL`,
    [NEGOTIATION],
  );
  return { names: Object.fromEntries(rows.map((a) => [a.slug, a.name])), drawn: new Set(rows.filter((a) => a.code).map((a) => a.slug)) };
}

/** A claim in the words of the maps' legend, worked out here from the stored codes. */
function claimWords(claim: Claim, shortNames: Record<string, string>) {
  const party = shortNames[claim.party ?? ""] ?? claim.party;
  const words: Record<string, string> = {
    "held-by": `Held by ${party}`,
    withdrawal: `${party}'s forces withdraw`,
    "frozen-line": "Frozen at the current line",
    demilitarised: "Demilitarised",
    international: "Under an international administration or force",
    undecided: "Left undecided",
  };
  return words[claim.outcome]!;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const areaOn = (map: Locator, name: string) => map.getByRole("link", { name: new RegExp(`^${escape(name)}: `) }).or(map.getByRole("img", { name: new RegExp(`^${escape(name)}: `) }));

/** Each party's map names every area it claims directly by that claim, linking to the position. */
async function expectClaimsOnMaps(page: Page, latest: Awaited<ReturnType<typeof statements>>, { names, drawn }: Awaited<ReturnType<typeof areaNames>>) {
  const shortNames = Object.fromEntries(latest.map((s) => [s.party, s.shortName]));
  for (const statement of latest.filter((s) => s.claims.length > 0)) {
    const map = page.getByRole("figure", { name: statement.shortName, exact: true });
    await expect(map).toBeVisible();
    for (const claim of statement.claims.filter((c) => drawn.has(c.area))) {
      // Terms coded with low confidence say so on every area they paint.
      const stated = `${statement.termsConfidence === "low" ? "Terms coded with low confidence\\. " : ""}Stated ${readerDate(statement.statedOn, statement.statedOnPrecision)}`;
      const area = areaOn(map, names[claim.area]!);
      await expect(area).toHaveAccessibleName(new RegExp(`^${escape(names[claim.area]!)}: ${escape(claimWords(claim, shortNames))}\\..*${stated}$`));
      await expect(area).toHaveAttribute("href", `/positions/${statement.id}`);
    }
    // A claim on every area it does not name shades those too, and says so.
    const all = statement.claims.find((c) => c.area === "all");
    const unnamed = Object.entries(names).filter(([slug]) => drawn.has(slug) && !statement.claims.some((c) => c.area === slug));
    for (const [, name] of all ? unnamed : []) {
      await expect(areaOn(map, name).first()).toHaveAccessibleName(new RegExp(`^${escape(name)}: ${escape(claimWords(all!, shortNames))}\\. By its claim on`));
    }
  }
}

/** Each party's current statement among `made`: its latest. */
const latestByParty = (made: Awaited<ReturnType<typeof statements>>) => [...new Map(made.map((s) => [s.party, s])).values()];

test("the territory issue shows one map per party, each area shaded and named by the party's current claim", async ({ page }) => {
  const [made, areas] = await Promise.all([statements(), areaNames()]);
  await page.goto(ISSUE);
  const section = page.getByRole("region", { name: "Claims area by area, now" });
  await expect(section).toBeVisible();
  const latest = latestByParty(made);
  const claiming = latest.filter((s) => s.claims.length > 0);
  await expect(section.getByRole("figure")).toHaveCount(claiming.length);
  expect(claiming.some((s) => s.termsConfidence === "low"), "a current claim coded with low confidence is on the maps").toBe(true);
  await expectClaimsOnMaps(page, latest, areas);

  // Every seeded area with an outline is drawn on every map; the one without is named under them.
  const russia = page.getByRole("figure", { name: "Russia", exact: true });
  for (const name of ["Crimea", "Sevastopol", "Donetsk region", "Luhansk region", "Zaporizhzhia region", "Kherson region", "Kharkiv region", "Sumy region", "Dnipropetrovsk region", "Mykolaiv region"]) {
    await expect(areaOn(russia, name)).toHaveCount(1);
  }
  await expect(section.getByText("Not on the map, for want of an outline: Zaporizhzhia nuclear power plant.")).toBeVisible();

  // The table says the same: a row per area, a column per map.
  const table = section.getByRole("table", { name: "Territorial claims now, as a table" });
  // In the negotiation's order of parties.
  const order = (await partiesInOrder()).map((p) => p.slug);
  const columns = [...claiming].sort((a, b) => order.indexOf(a.party) - order.indexOf(b.party)).map((s) => s.shortName);
  await expect(table.getByRole("columnheader")).toHaveText(["Area", ...columns]);
  await expect(table.getByRole("rowheader")).toHaveCount(Object.keys(areas.names).length);

  // Keyboard: an area takes focus and shows its tooltip, naming the area and its claim.
  const donetsk = areaOn(russia, "Donetsk region");
  await donetsk.focus();
  await expect(donetsk).toBeFocused();
  await expect(donetsk.locator(".map-tip")).toBeVisible();
  await expect(donetsk.locator(".map-tip")).toContainText("Donetsk region");
});

test("on a past date the maps shade the claims current then", async ({ page }) => {
  const [made, areas] = await Promise.all([statements("2022-04-01"), areaNames()]);
  await page.goto(`${ISSUE}?asOf=2022-04-01`);
  const section = page.getByRole("region", { name: "Claims area by area, on 1 April 2022" });
  const latest = latestByParty(made);
  // Only statements made by then count: on 1 April 2022 Ukraine had spoken on Crimea, Russia not yet.
  expect(latest.map((s) => s.party)).toEqual(["ukraine"]);
  await expect(section.getByRole("figure")).toHaveCount(1);
  await expect(page.getByRole("figure", { name: "Russia", exact: true })).toHaveCount(0);
  await expectClaimsOnMaps(page, latest, areas);
  const ukraine = page.getByRole("figure", { name: "Ukraine", exact: true });
  await expect(areaOn(ukraine, "Crimea")).toHaveAccessibleName(/^Crimea: Left undecided\. Stated 29 March 2022$/);
  await expect(areaOn(ukraine, "Donetsk region")).toHaveAccessibleName("Donetsk region: No claim recorded");

  // Later that year, Russia's claims of December 2022.
  const later = latestByParty(await statements("2022-12-31"));
  await page.goto(`${ISSUE}?asOf=2022-12-31`);
  await expectClaimsOnMaps(page, later, areas);
  await expect(areaOn(page.getByRole("figure", { name: "Russia", exact: true }), "Kherson region")).toHaveAccessibleName(
    "Kherson region: Held by Russia. Recognised de jure. Stated 13 December 2022",
  );
});

test("the compare page shows the difference map of two parties, area by area, with the reasons", async ({ page }) => {
  await page.goto(`/negotiations/${NEGOTIATION}/compare?parties=russia,ukraine`);
  const section = page.getByRole("region", { name: "Territory on the map" });
  const map = section.getByRole("figure", { name: "Territorial demands: Russia vs Ukraine, now" });
  await expect(map).toBeVisible();
  await expect(areaOn(map, "Donetsk region")).toHaveAccessibleName(
    "Donetsk region: Opposed. Russia wants the withdrawal of Ukraine's forces; Ukraine wants a freeze at the current line; Russia holds part of it now",
  );
  await expect(areaOn(map, "Kherson region")).toHaveAccessibleName("Kherson region: Aligned. Russia and Ukraine both want a freeze at the current line");
  await expect(areaOn(map, "Crimea")).toHaveAccessibleName("Crimea: Unknown. Nothing coded for Russia names it");
  await expect(areaOn(map, "Donetsk region")).toHaveAttribute("href", "#issue-territory");
  const table = section.getByRole("table", { name: "Territorial demands: Russia vs Ukraine, now, as a table" });
  await expect(table.getByRole("row").filter({ hasText: "Sumy region" })).toContainText("Partly aligned");

  // As of a date, with the claims then.
  await page.goto(`/negotiations/${NEGOTIATION}/compare?parties=russia,ukraine&asOf=2022-04-01`);
  const past = page.getByRole("figure", { name: "Territorial demands: Russia vs Ukraine, on 1 April 2022" });
  await expect(areaOn(past, "Crimea")).toHaveAccessibleName("Crimea: Unknown. Nothing coded for Russia names it; Ukraine leaves it undecided");
});

const ZONE = { type: "Feature", properties: { name: "drawn" }, geometry: { type: "Polygon", coordinates: [[[30, 47], [30.4, 47], [30.4, 47.3], [30, 47.3], [30, 47]]] } };

test("an editor uploads a drawn outline, previews it and saves it; bad GeoJSON is refused and changes nothing", async ({ page }) => {
  const f = await makeFixture();
  const edit = `/negotiations/${f.negotiationSlug}/areas/river-zone/edit`;
  await signInAs(page, "editor", edit);
  const section = page.getByRole("region", { name: "Drawn outline" });
  await expect(section).toContainText("No outline: maps leave the area out.");
  const stored = async () =>
    (await query<{ outline: unknown; version: number }>(`SELECT a.outline, a.version FROM "Area" a JOIN "Negotiation" n ON n.id = a."negotiationId" WHERE n.slug = ? AND a.slug = 'river-zone'`, [f.negotiationSlug]))[0]!;
  const before = await stored();

  // Bad GeoJSON: each problem named where it is; nothing saved.
  const text = section.getByLabel(/^GeoJSON \(/);
  await text.fill('{"type":"Polygon","coordinates":[[[30,47],[30,95],[31,47]]]}');
  await section.getByRole("button", { name: "Preview the outline" }).click();
  await expect(section.getByRole("status")).toHaveText("The outline was not previewed: fix the GeoJSON and preview it again.");
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(section.getByRole("listitem")).toHaveText([/Ring 1, position 2: latitude 95 is outside −90 to 90 \(are longitude and latitude swapped\?/]);
  await expect(section.getByRole("figure")).toHaveCount(0);
  await expect(section.getByRole("button", { name: "Save this outline" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // A file, previewed on the map, then saved.
  await section.getByLabel("GeoJSON file").setInputFiles({ name: "zone.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(ZONE)) });
  await expect(text).toHaveValue(JSON.stringify(ZONE));
  await section.getByRole("button", { name: "Preview the outline" }).click();
  const preview = section.getByRole("figure", { name: `Preview: River Zone ${f.tag}` });
  await expect(preview).toBeVisible();
  await expect(section).toContainText("Polygon, one part, 4 points. Nothing is saved until you save the outline.");
  expect(await stored()).toEqual(before);
  await expectNoSeriousA11yViolations(page);

  // Changed to bad GeoJSON after the preview: the save is refused too.
  await text.fill('{"type":"Point","coordinates":[30,47]}');
  await section.getByRole("button", { name: "Save this outline" }).click();
  await expect(section.getByRole("status")).toHaveText("Nothing was saved: fix the GeoJSON and try again.");
  await expect(section.getByRole("listitem")).toHaveText([/Point/]);
  expect(await stored()).toEqual(before);

  await text.fill(JSON.stringify(ZONE));
  await section.getByRole("button", { name: "Preview the outline" }).click();
  await section.getByRole("button", { name: "Save this outline" }).click();
  await expect(page).toHaveURL(`${edit}?outline=saved#outline`);
  await expect(page.getByRole("status").filter({ hasText: "The outline was saved." })).toBeVisible();
  await expect(section).toContainText(/This area has a drawn outline: Polygon, one part, 4 points \(#[0-9a-f]{6}\)/);
  const saved = await stored();
  expect(saved.version).toBe(before.version + 1);
  const outline = typeof saved.outline === "string" ? JSON.parse(saved.outline) : saved.outline;
  expect(outline).toEqual({ type: "Polygon", coordinates: ZONE.geometry.coordinates });

  // The history says the outline changed, in words, not coordinates.
  await page.getByRole("link", { name: "History" }).click();
  const latest = page.getByRole("article").first();
  await expect(latest).toContainText("Drawn outline");
  await expect(latest).toContainText(/Polygon, one part, 4 points/);
  await expect(latest).not.toContainText("30.4");

  // The territory issue's map draws the area by its outline.
  await page.goto(`/negotiations/${f.negotiationSlug}/issues/${f.issueSlug}`);
  const map = page.getByRole("figure", { name: f.partyShort, exact: true });
  await expect(areaOn(map, `River Zone ${f.tag}`)).toHaveCount(1);
});

test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test("the maps fit the screen, one under another, and the page does not scroll sideways", async ({ page }) => {
    await page.goto(ISSUE);
    const maps = page.getByRole("region", { name: "Claims area by area, now" }).getByRole("figure");
    expect(await maps.count()).toBeGreaterThan(1);
    const [first, second] = [await maps.nth(0).boundingBox(), await maps.nth(1).boundingBox()];
    expect(first!.x).toBeGreaterThanOrEqual(0);
    expect(first!.x + first!.width).toBeLessThanOrEqual(375);
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
