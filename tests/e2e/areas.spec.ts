// A negotiation's areas: readers see them listed with who holds each; editors add, change
// and retract them on their own screens, and the territory form of a position offers only
// its negotiation's areas.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { NEGOTIATION } from "./support/reader";
import { signInAs } from "./support/users";
import { expectFieldError, makeFixture, positionRow } from "./editing-fixtures";

test.setTimeout(90_000);

test("readers see a negotiation's areas, where each lies and who holds it, from the negotiation's page", async ({ page }) => {
  const areas = await query<{ slug: string; name: string; holder: string | null; inPart: boolean | number }>(
    `SELECT a.slug, a.name, p."shortName" AS holder, a."heldInPart" AS "inPart" FROM "Area" a JOIN "Negotiation" n ON n.id = a."negotiationId"
     LEFT JOIN "Party" p ON p.id = a."heldById" WHERE n.slug = ? AND a."retractedAt" IS NULL ORDER BY a."order", a.name`,
    [NEGOTIATION],
  );
  expect(areas.length).toBeGreaterThan(0);
  await page.goto(`/negotiations/${NEGOTIATION}`);
  await page.getByRole("link", { name: "Areas at stake" }).click();
  await expect(page).toHaveURL(`/negotiations/${NEGOTIATION}/areas`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Areas at stake");

  const table = page.getByRole("table", { name: new RegExp(`^${areas.length} areas in `) });
  await expect(table.getByRole("rowheader")).toHaveText(areas.map((a) => new RegExp(`^${a.name.replace(/[()]/g, "\\$&")}`)));
  for (const area of areas) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${area.name}`) }) });
    const held = row.getByRole("cell").nth(1);
    await expect(held).toContainText(area.holder ?? "Not recorded");
    // A holder of only part of the area is never shown as holding all of it.
    if (area.inPart) await expect(held).toContainText("in part: a front line runs through it");
    else await expect(held).not.toContainText("in part");
  }
  expect(areas.some((a) => a.inPart), "the seeded negotiation has regions held in part").toBe(true);
  // An area that lies in another says so.
  const [part] = await query<{ name: string; parent: string }>(
    `SELECT a.name, b.name AS parent FROM "Area" a JOIN "Area" b ON b.id = a."parentId" JOIN "Negotiation" n ON n.id = a."negotiationId" WHERE n.slug = ?`,
    [NEGOTIATION],
  );
  if (part) await expect(table.getByRole("rowheader", { name: new RegExp(`^${part.name}`) })).toContainText(`in ${part.parent}`);
  await expectNoSeriousA11yViolations(page);
});

test("an area's note names statements by party and date, each a link to it, not by id", async ({ page }) => {
  // A seeded area whose note names a statement of its negotiation by id.
  const rows = await query<{ notes: string; negotiation: string; id: string; shortName: string }>(
    `SELECT a.notes, n.slug AS negotiation, p.id, pa."shortName" FROM "Area" a JOIN "Negotiation" n ON n.id = a."negotiationId"
       JOIN "Issue" i ON i."negotiationId" = n.id JOIN "Position" p ON p."issueId" = i.id JOIN "Party" pa ON pa.id = p."partyId"
      WHERE a."retractedAt" IS NULL AND p."retractedAt" IS NULL AND a.notes LIKE '%' || p.id || '%' ORDER BY a.slug, p.id`,
  );
  expect(rows.length).toBeGreaterThan(0);
  const named = rows[0]!;
  await page.goto(`/negotiations/${named.negotiation}/areas`);
  const table = page.getByRole("table");
  await expect(table.locator(`a[href="/positions/${named.id}"]`).first()).toContainText(`statement by ${named.shortName} of`);
  await expect(table).not.toContainText(named.id);
});

test("an editor adds an area, finds it offered in the territory form, renames its slug and cannot retract an area claims name", async ({ page }) => {
  const f = await makeFixture();
  await signInAs(page, "editor", `/negotiations/${f.negotiationSlug}/areas`);
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "Add an area" }).click();
  await expect(page).toHaveURL(`/negotiations/${f.negotiationSlug}/areas/new`);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Name", { exact: true }).fill(`East Bank ${f.tag}`);
  await page.getByLabel("Address (slug)").fill("all");
  await page.getByLabel("Kind").selectOption("zone");
  await page.getByLabel("Lies in").selectOption({ label: `River Zone ${f.tag}` });
  await page.getByLabel("Held by").selectOption({ label: `${f.rivalShort} (Rival Republic ${f.tag})` });
  await page.getByLabel("Held since").fill("2024-03");
  await page.getByLabel("How much of it").selectOption({ label: "Part of it" });
  await page.getByRole("button", { name: "Create area" }).click();
  await expectFieldError(page, page.getByLabel("Address (slug)"), /“all” is kept for territorial claims/);
  await page.getByLabel("Address (slug)").fill("east-bank");
  await page.getByRole("button", { name: "Create area" }).click();

  await expect(page).toHaveURL(`/negotiations/${f.negotiationSlug}/areas#area-east-bank`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^East Bank ${f.tag}`) }) });
  await expect(row.getByRole("rowheader")).toContainText(`in River Zone ${f.tag}`);
  await expect(row.getByRole("cell").nth(1)).toContainText(f.rivalShort);
  await expect(row.getByRole("cell").nth(1)).toContainText("since March 2024");
  await expect(row.getByRole("cell").nth(1)).toContainText("in part");
  const [stored] = await query<{ slug: string; heldSince: string; heldInPart: boolean | number }>(`SELECT slug, "heldSince", "heldInPart", version FROM "Area" WHERE name = ?`, [`East Bank ${f.tag}`]);
  expect(stored).toMatchObject({ slug: "east-bank", heldSince: "2024-03" });
  expect(Boolean(stored!.heldInPart)).toBe(true);

  // The position's territory form offers this negotiation's areas, and only them.
  await page.goto(`/positions/${f.positionId}/edit`);
  const options = await page.getByLabel("Area of claim 1").getByRole("option").allInnerTexts();
  expect(options.map((o) => o.trim())).toEqual([
    "Choose an area",
    f.northName,
    `Harbour Town ${f.tag} (in ${f.northName})`,
    `River Zone ${f.tag}`,
    `East Bank ${f.tag} (in River Zone ${f.tag})`,
    "Every area not named",
  ]);
  await expect(page.getByLabel("Party of claim 1").getByRole("option")).toHaveText(["No party", f.partyShort, f.rivalShort]);

  // A new slug for North Province: the position's claim follows it.
  await page.goto(`/negotiations/${f.negotiationSlug}/areas`);
  await page.getByRole("link", { name: `Edit ${f.northName}` }).click();
  await expect(page).toHaveURL(`/negotiations/${f.negotiationSlug}/areas/north-province/edit`);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Address (slug)").fill("north");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/negotiations/${f.negotiationSlug}/areas#area-north`);
  expect((await positionRow(f.positionId)).terms).toEqual({ claims: [{ area: "north", outcome: "held-by", party: f.partySlug, recognition: "de-jure" }] });

  // Claims name it, so it cannot be retracted.
  await page.goto(`/negotiations/${f.negotiationSlug}/areas/north/edit`);
  await page.getByText("Retract this area…").click();
  await page.getByRole("button", { name: "Yes, retract this area" }).click();
  await expect(page.getByText(/cannot be retracted: 1 position .* names it in its territorial claims/)).toBeVisible();
  const [north] = await query<{ retractedAt: unknown }>(`SELECT "retractedAt" FROM "Area" WHERE slug = ? AND name = ?`, ["north", f.northName]);
  expect(north!.retractedAt).toBeNull();
});

test("changing an area's order re-sorts the areas page and the territory form's options", async ({ page }) => {
  const f = await makeFixture();
  const river = `River Zone ${f.tag}`;
  const harbour = `Harbour Town ${f.tag}`;
  const areasPage = `/negotiations/${f.negotiationSlug}/areas`;
  await signInAs(page, "editor", areasPage);
  const rowHeaders = page.getByRole("table", { name: /areas in / }).getByRole("rowheader");
  await expect(rowHeaders).toHaveText([new RegExp(`^${f.northName}`), new RegExp(`^${harbour}`), new RegExp(`^${river}`)]);

  // River Zone, last at 3, moves before North Province (1).
  await page.getByRole("link", { name: `Edit ${river}` }).click();
  await page.getByLabel("Order").fill("0");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`${areasPage}#area-river-zone`);
  await expect(rowHeaders).toHaveText([new RegExp(`^${river}`), new RegExp(`^${f.northName}`), new RegExp(`^${harbour}`)]);

  await page.goto(`/positions/${f.positionId}/edit`);
  const options = await page.getByLabel("Area of claim 1").getByRole("option").allInnerTexts();
  expect(options.map((o) => o.trim())).toEqual(["Choose an area", river, f.northName, `${harbour} (in ${f.northName})`, "Every area not named"]);
});
