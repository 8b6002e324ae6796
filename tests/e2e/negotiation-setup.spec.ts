// A third negotiation set up without code, from an empty start: an editor creates it and is
// guided step by step — new parties created and seated, an existing party seated from another
// negotiation, two issues with their kinds, three areas, two positions with territorial
// claims — then reads the computed comparison, naming areas and parties, on the compare page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { signInAs } from "./support/users";

test.setTimeout(180_000);

const step = (page: Page, name: RegExp) => page.getByRole("region", { name });

async function createParty(page: Page, setupUrl: string, { name, shortName, slug }: { name: string; shortName: string; slug: string }) {
  await step(page, /Step 2 of 5/).getByRole("link", { name: "Create a new party" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New party");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Short name").fill(shortName);
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Kind").selectOption("state");
  await page.getByRole("button", { name: "Create party" }).click();
  // Back at the set-up, the new party already chosen in the seating form.
  await expect(page).toHaveURL(`${setupUrl}?seat=${slug}#step-parties`);
  await expect(page.getByLabel("Party to seat")).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Seat party" }).click();
  await expect(page.getByRole("list", { name: "Seated parties" })).toContainText(name);
}

async function addIssue(page: Page, setupUrl: string, { name, slug, kind }: { name: string; slug: string; kind: string }) {
  await step(page, /Step 3 of 5/).getByRole("link", { name: "Add an issue" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Description").fill(`What the parties say on ${name.toLowerCase()}.`);
  await page.getByLabel("Kind").selectOption(kind);
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page).toHaveURL(`${setupUrl}#step-issues`);
  await expect(page.getByRole("list", { name: "Issues" })).toContainText(name);
}

async function addArea(page: Page, setupUrl: string, { name, slug, kind }: { name: string; slug: string; kind: string }) {
  await step(page, /Step 4 of 5/).getByRole("link", { name: "Add an area" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Kind").selectOption(kind);
  await page.getByRole("button", { name: "Create area" }).click();
  await expect(page).toHaveURL(`${setupUrl}#step-areas`);
  await expect(page.getByRole("list", { name: "Areas" })).toContainText(name);
}

test("an editor sets up a new negotiation through the guided pages and reads the computed comparison", async ({ page }) => {
  const tag = Date.now().toString(36);
  const slug = `armenia-azerbaijan-${tag}`;
  const title = `Armenia–Azerbaijan peace talks ${tag}`;
  const setupUrl = `/negotiations/${slug}/setup`;
  const armenia = { name: `Republic of Armenia ${tag}`, shortName: "Armenia", slug: `armenia-${tag}` };
  const azerbaijan = { name: `Republic of Azerbaijan ${tag}`, shortName: "Azerbaijan", slug: `azerbaijan-${tag}` };
  const [mediator] = await query<{ id: string; name: string; shortName: string }>(
    `SELECT p.id, p.name, p."shortName" FROM "Party" p WHERE p."retractedAt" IS NULL AND EXISTS (SELECT 1 FROM "NegotiationParty" np WHERE np."partyId" = p.id) ORDER BY p.slug LIMIT 1`,
  );

  // Step 1: the negotiation. Saving it opens its set-up page, every later step still to do.
  await signInAs(page, "editor", "/negotiations/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Summary", { exact: true }).fill("Talks on the border and the corridors between the two states.");
  await page.getByLabel("Status").selectOption("active");
  await page.getByRole("button", { name: "Create negotiation" }).click();
  await expect(page).toHaveURL(setupUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Set up: ${title}`);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(title);
  await expect(step(page, /Step 1 of 5/)).toContainText("Done");
  for (const n of [2, 3, 5]) await expect(step(page, new RegExp(`Step ${n} of 5`))).toContainText("To do");
  await expect(step(page, /Step 2 of 5/)).toContainText("Seat at least 2 parties: none is seated.");
  await expectNoSeriousA11yViolations(page);

  // Step 2: two new parties, and one already at another negotiation's table.
  await createParty(page, setupUrl, armenia);
  await expect(step(page, /Step 2 of 5/)).toContainText("only 1 is seated");
  await createParty(page, setupUrl, azerbaijan);
  await expect(step(page, /Step 2 of 5/)).toContainText("Done");
  await page.getByLabel("Party to seat").selectOption(mediator!.id);
  await page.getByLabel("Role").fill("mediator");
  await page.getByRole("button", { name: "Seat party" }).click();
  await expect(page.getByRole("list", { name: "Seated parties" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("list", { name: "Seated parties" })).toContainText(`${mediator!.name} (mediator)`);
  const [seats] = await query<{ n: number }>(`SELECT COUNT(*) AS n FROM "NegotiationParty" WHERE "partyId" = ?`, [mediator!.id]);
  expect(Number(seats!.n)).toBeGreaterThanOrEqual(2);

  // Steps 3 and 4: two issues with their kinds; three areas, which the territory issue now needs.
  await addIssue(page, setupUrl, { name: "Territory", slug: "territory", kind: "territory" });
  await expect(step(page, /Step 4 of 5/)).toContainText("A territory issue needs the places at stake");
  await addIssue(page, setupUrl, { name: "Ceasefire", slug: "ceasefire", kind: "ceasefire" });
  await addArea(page, setupUrl, { name: "Karabakh", slug: "karabakh", kind: "province" });
  await addArea(page, setupUrl, { name: "Lachin Corridor", slug: "lachin-corridor", kind: "corridor" });
  await addArea(page, setupUrl, { name: "Border Villages", slug: "border-villages", kind: "zone" });
  await expect(step(page, /Step 4 of 5/)).toContainText("Done");
  await expectNoSeriousA11yViolations(page);

  // Step 5: each party's position on territory, citing a source recorded first.
  const sourceTitle = `Both sides restate their claims ${tag}`;
  await page.goto("/sources/new");
  await page.getByLabel("Outlet").fill("Caucasus Wire");
  await page.getByLabel("Title").fill(sourceTitle);
  await page.getByLabel("Web address").fill(`https://example.org/claims/${tag}`);
  await page.getByLabel("Published").fill("2025-02-01");
  await page.getByRole("button", { name: "Create source" }).click();
  await expect(page).toHaveURL(/\/sources\/(?!new\b)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sourceTitle);

  for (const party of [armenia, azerbaijan]) {
    await page.goto(setupUrl);
    await step(page, /Step 5 of 5/).getByRole("link", { name: `Record ${party.shortName}’s position on Territory` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`New position: ${party.shortName} on Territory`);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(title);
    await page.getByLabel("Stance").selectOption("demands");
    await page.getByLabel("Date stated").fill("2025-02-01");
    await page.getByLabel("Summary", { exact: true }).fill(`${party.shortName} claims Karabakh as its own.`);
    await page.getByLabel("Area of claim 1").selectOption("karabakh");
    await page.getByLabel("Outcome of claim 1").selectOption("held-by");
    await page.getByLabel("Party of claim 1").selectOption(party.slug);
    await page.getByLabel("Recognition of claim 1").selectOption("de-jure");
    await page.getByLabel("Source 1", { exact: true }).selectOption({ label: `Caucasus Wire: ${sourceTitle} (1 February 2025)` });
    await page.getByLabel("Attribution").first().selectOption("official-statement");
    await page.getByRole("button", { name: "Create position" }).click();
    await expect(page).toHaveURL(/\/positions\/(?!new\b)[^/?]+$/);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(title);
  }

  await page.goto(setupUrl);
  await expect(step(page, /Step 5 of 5/)).toContainText("2 positions are recorded.");
  await expect(step(page, /Step 5 of 5/)).toContainText("Done");

  // The comparison, computed from the claims, names the area and the parties by their records.
  await page.goto(`/negotiations/${slug}/compare?parties=${armenia.slug},${azerbaijan.slug}&issues=territory`);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(title);
  const table = page.getByRole("table", { name: /compared, issue by issue/ });
  const verdict = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Territory", exact: true }) }).getByRole("cell").first();
  await expect(verdict).toContainText("Opposed");
  await expect(verdict).toContainText("Karabakh");
  await expect(verdict).toContainText("Armenia");
  await expect(verdict).toContainText("Azerbaijan");

  // The new negotiation is on the home page, under its status.
  await page.goto("/?status=active");
  await expect(page.getByRole("article", { name: title })).toContainText("2 positions (2 current)");
});

test("the set-up page is for editors: a reader is sent to sign in and comes back to it", async ({ page }) => {
  await page.goto("/negotiations/russia-ukraine/setup");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fnegotiations%2Frussia-ukraine%2Fsetup/);
});

test.describe("dark colour scheme", () => {
  test.use({ colorScheme: "dark" });
  test("a seeded negotiation's set-up page has no serious accessibility violations", async ({ page }) => {
    await signInAs(page, "editor", "/negotiations/russia-ukraine/setup");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Set up: /);
    await expect(page.getByRole("region", { name: /Step 5 of 5/ })).toContainText("Done");
    await expectNoSeriousA11yViolations(page);
  });
});
