import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { shownTitle } from "./support/reader";

const statuses = [
  { value: "promised", word: "Promised" },
  { value: "in-progress", word: "In progress" },
  { value: "fulfilled", word: "Fulfilled" },
  { value: "broken", word: "Broken" },
];

async function countsByStatus() {
  const rows = await query<{ status: string; n: number }>(
    `SELECT status, COUNT(*) AS n FROM "Commitment" WHERE "retractedAt" IS NULL GROUP BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
}

test("the tracker shows every commitment with its status, parties, evidence and sources", async ({ page }) => {
  const counts = await countsByStatus();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const [sample] = await query<{ id: string; summary: string; status: string; evidence: string }>(
    `SELECT id, summary, status, evidence FROM "Commitment" WHERE "retractedAt" IS NULL AND evidence IS NOT NULL ORDER BY "createdAt" LIMIT 1`,
  );
  const parties = await query<{ shortName: string }>(
    `SELECT p."shortName" FROM "CommitmentParty" cp JOIN "Party" p ON p.id = cp."partyId" WHERE cp."commitmentId" = ?`,
    [sample!.id],
  );

  await page.goto("/commitments");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(`All ${total} commitments`);
  const items = page.getByRole("list", { name: "Commitments" }).getByRole("article");
  await expect(items).toHaveCount(total);

  const card = page.getByRole("article", { name: sample!.summary });
  const word = statuses.find((s) => s.value === sample!.status)!.word;
  await expect(card).toContainText(word);
  await expect(card).toContainText(sample!.evidence);
  for (const p of parties) await expect(card.getByRole("link", { name: p.shortName, exact: true })).toBeVisible();
  await expect(card.getByRole("list", { name: "Sources" }).getByRole("listitem").first()).toBeVisible();

  const filters = page.getByRole("navigation", { name: "Commitments by status" });
  await expect(filters.getByRole("link", { name: `All ${total}` })).toHaveAttribute("aria-current", "page");
  for (const s of statuses) {
    await expect(filters.getByRole("link", { name: `${s.word} ${counts[s.value] ?? 0}` })).toHaveAttribute("href", `/commitments?status=${s.value}`);
  }
});

for (const { value, word } of statuses) {
  test(`filtering by status "${value}" shows exactly the commitments in that status`, async ({ page }) => {
    const expected = (await countsByStatus())[value] ?? 0;
    await page.goto(`/commitments?status=${value}`);
    await expect(page).toHaveTitle(`${word} commitments — Parley`);
    const items = page.getByRole("list", { name: "Commitments" }).getByRole("article");
    await expect(items).toHaveCount(expected);
    for (const item of await items.all()) await expect(item).toContainText(word);
    await expect(page.getByRole("navigation", { name: "Commitments by status" }).getByRole("link", { name: new RegExp(`^${word} `) })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the status filter still works by following its links", async ({ page }) => {
    const counts = await countsByStatus();
    await page.goto("/commitments");
    await page.getByRole("navigation", { name: "Commitments by status" }).getByRole("link", { name: /^Fulfilled / }).click();
    await expect(page).toHaveURL("/commitments?status=fulfilled");
    await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article")).toHaveCount(counts.fulfilled ?? 0);
  });
});

test("an unknown status says so and shows every commitment", async ({ page }) => {
  const total = Object.values(await countsByStatus()).reduce((a, b) => a + b, 0);
  await page.goto("/commitments?status=forgotten");
  await expect(page.getByRole("status")).toContainText("There is no status called “forgotten”");
  await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article")).toHaveCount(total);
});

test("a negotiation's counts lead to its own commitments, and so do its events", async ({ page }) => {
  const rows = await query<{ status: string; n: number }>(
    `SELECT c.status, COUNT(*) AS n FROM "Commitment" c JOIN "Negotiation" g ON g.id = c."negotiationId"
     WHERE c."retractedAt" IS NULL AND g.slug = 'russia-ukraine' GROUP BY c.status`,
  );
  const counts = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
  const [eventCount] = await query<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "Event" e JOIN "Negotiation" g ON g.id = e."negotiationId" WHERE e."retractedAt" IS NULL AND g.slug = 'russia-ukraine'`,
  );
  const broken = counts.broken ?? 0;

  await page.goto("/negotiations/russia-ukraine");
  await page.getByRole("navigation", { name: "Commitments by status" }).getByRole("link", { name: /^Broken / }).click();
  await expect(page).toHaveURL("/commitments?negotiation=russia-ukraine&status=broken");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Russia");
  await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article")).toHaveCount(broken);
  await expect(page.getByRole("navigation", { name: "Commitments by status" }).getByRole("link", { name: `Broken ${broken}` })).toHaveAttribute("aria-current", "page");

  await page.goto("/negotiations/russia-ukraine");
  await page.getByRole("link", { name: "All events of these talks" }).click();
  await expect(page).toHaveURL("/events?negotiation=russia-ukraine");
  await expect(page.getByText(`newest first (${Number(eventCount!.n)} recorded)`)).toBeVisible();
});

test("an unknown negotiation says so and shows every negotiation's commitments", async ({ page }) => {
  const total = Object.values(await countsByStatus()).reduce((a, b) => a + b, 0);
  await page.goto("/commitments?negotiation=atlantis-talks");
  await expect(page.getByRole("status")).toContainText("There is no negotiation called “atlantis-talks”");
  await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article")).toHaveCount(total);
});

test("each commitment has a page of its own: status, parties, event, evidence, sources, its status over time and a citation", async ({ page, baseURL }) => {
  const [sample] = await query<{ id: string; summary: string; status: string; evidence: string; event: string; negotiation: string }>(
    `SELECT c.id, c.summary, c.status, c.evidence, e.name AS event, g.title AS negotiation
       FROM "Commitment" c JOIN "Event" e ON e.id = c."eventId" JOIN "Negotiation" g ON g.id = c."negotiationId"
      WHERE c."retractedAt" IS NULL AND c.evidence IS NOT NULL AND e."retractedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "CommitmentSource" cs WHERE cs."commitmentId" = c.id)
      ORDER BY c."createdAt", c.id LIMIT 1`,
  );
  const parties = await query<{ shortName: string }>(
    `SELECT p."shortName" FROM "CommitmentParty" cp JOIN "Party" p ON p.id = cp."partyId" WHERE cp."commitmentId" = ? ORDER BY p."shortName"`,
    [sample!.id],
  );
  const sources = await query<{ title: string }>(
    `SELECT s.title FROM "CommitmentSource" cs JOIN "Source" s ON s.id = cs."sourceId" WHERE cs."commitmentId" = ? AND s."retractedAt" IS NULL ORDER BY cs."order"`,
    [sample!.id],
  );
  const word = statuses.find((s) => s.value === sample!.status)!.word;

  await page.goto("/commitments");
  await page.getByRole("article", { name: sample!.summary }).getByRole("link", { name: sample!.summary }).click();
  await expect(page).toHaveURL(`/commitments/${sample!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sample!.summary);
  const main = page.getByRole("main");
  await expect(main.locator("dl").getByRole("link", { name: sample!.event })).toBeVisible();
  await expect(main.locator("dl").getByRole("link", { name: sample!.negotiation })).toBeVisible();
  await expect(main.locator("dl").getByRole("link")).toHaveText([...parties.map((p) => p.shortName), sample!.event, sample!.negotiation]);
  await expect(page.getByRole("region", { name: "Evidence for its status" })).toContainText(sample!.evidence);
  await expect(page.getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(sources.length);
  for (const s of sources) await expect(page.getByRole("list", { name: "Sources" })).toContainText(shownTitle(s.title));
  // Seeded once, so recorded in one status: the one it has now.
  await expect(page.getByRole("list", { name: "Status as recorded over time" }).getByRole("listitem")).toHaveText([new RegExp(`^${word} recorded `)]);
  await expect(page.getByRole("region", { name: "Cite this record" })).toContainText(`(commitment record), last edited`);
  await expect(page.getByRole("region", { name: "Cite this record" })).toContainText(`${baseURL}/commitments/${sample!.id}.`);

  await page.getByRole("link", { name: "Every edit to this record, with what changed" }).click();
  await expect(page).toHaveURL(`/history/commitment/${sample!.id}`);
  // The history leads back to the page.
  await page.getByRole("link", { name: "See the commitment as readers see it" }).click();
  await expect(page).toHaveURL(`/commitments/${sample!.id}`);
});

test("the API's answer for a commitment links to its page", async ({ page, request }) => {
  const [sample] = await query<{ id: string; summary: string }>(`SELECT id, summary FROM "Commitment" WHERE "retractedAt" IS NULL ORDER BY id LIMIT 1`);
  const answer = await (await request.get(`/api/v1/commitments/${sample!.id}`)).json();
  expect(answer.links.html).toBe(`/commitments/${sample!.id}`);
  await page.goto(answer.links.html);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sample!.summary);
});

test("a party's commitments: from its page, narrowed to a negotiation with the filters, and back to every party's", async ({ page }) => {
  // The party to the most commitments, and the negotiation where it has the most.
  const [party] = await query<{ id: string; slug: string; name: string; shortName: string }>(
    `SELECT p.id, p.slug, p.name, p."shortName" FROM "Party" p JOIN "CommitmentParty" cp ON cp."partyId" = p.id
       JOIN "Commitment" c ON c.id = cp."commitmentId" WHERE c."retractedAt" IS NULL
      GROUP BY p.id, p.slug, p.name, p."shortName" ORDER BY COUNT(*) DESC, p.slug LIMIT 1`,
  );
  const perNegotiation = await query<{ slug: string; title: string; status: string; n: number }>(
    `SELECT g.slug, g.title, c.status, COUNT(*) AS n FROM "Commitment" c JOIN "CommitmentParty" cp ON cp."commitmentId" = c.id
       JOIN "Negotiation" g ON g.id = c."negotiationId" WHERE c."retractedAt" IS NULL AND cp."partyId" = ?
      GROUP BY g.slug, g.title, c.status ORDER BY g.slug, c.status`,
    [party!.id],
  );
  const total = perNegotiation.reduce((sum, r) => sum + Number(r.n), 0);
  const negotiation = perNegotiation[0]!;
  const inNegotiation = perNegotiation.filter((r) => r.slug === negotiation.slug);
  const inNegotiationTotal = inNegotiation.reduce((sum, r) => sum + Number(r.n), 0);

  await page.goto(`/parties/${party!.slug}`);
  await page.getByRole("link", { name: `Commitments ${party!.shortName} is party to` }).click();
  await expect(page).toHaveURL(`/commitments?party=${party!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Commitments of ${party!.name}`, { useInnerText: true });
  await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article")).toHaveCount(total);
  await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article").first()).toContainText(party!.shortName);

  const filters = page.getByRole("form", { name: "Filter the commitments" });
  await expect(filters.getByLabel("Party")).toHaveValue(party!.slug);
  await filters.getByLabel("Negotiation").selectOption(negotiation.slug);
  await filters.getByRole("button", { name: "Show commitments" }).click();
  await expect(page).toHaveURL(`/commitments?negotiation=${negotiation.slug}&party=${party!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Commitments of ${party!.name} in ${negotiation.title}`, { useInnerText: true });
  await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article")).toHaveCount(inNegotiationTotal);

  // The counts by status keep both filters, and a status picked keeps through a new filter.
  const status = inNegotiation[0]!;
  const byStatus = page.getByRole("navigation", { name: "Commitments by status" });
  await byStatus.getByRole("link", { name: new RegExp(`${Number(status.n)}$`) }).filter({ hasText: statuses.find((s) => s.value === status.status)!.word }).click();
  await expect(page).toHaveURL(`/commitments?negotiation=${negotiation.slug}&party=${party!.slug}&status=${status.status}`);
  await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article")).toHaveCount(Number(status.n));
  await filters.getByLabel("Negotiation").selectOption("");
  await filters.getByRole("button", { name: "Show commitments" }).click();
  await expect(page).toHaveURL(`/commitments?party=${party!.slug}&status=${status.status}`);

  await page.getByRole("link", { name: "Commitments of every party" }).click();
  await expect(page).toHaveURL(`/commitments?status=${status.status}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commitments");
});

test("an unknown party says so and shows every party's commitments", async ({ page }) => {
  const total = Object.values(await countsByStatus()).reduce((a, b) => a + b, 0);
  await page.goto("/commitments?party=nobody-at-all");
  await expect(page.getByRole("status")).toContainText("There is no party called “nobody-at-all”");
  await expect(page.getByRole("list", { name: "Commitments" }).getByRole("article")).toHaveCount(total);
});

// Evidence is read as prose: on a wide screen it keeps a prose measure (about 65 characters
// a line) rather than the card's full width, some 135.
test("a commitment's evidence reads at a comfortable measure on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const [longest] = await query<{ id: string; evidence: string }>(
    `SELECT id, evidence FROM "Commitment" WHERE evidence IS NOT NULL AND "retractedAt" IS NULL ORDER BY LENGTH(evidence) DESC LIMIT 1`,
  );
  for (const path of ["/commitments", `/commitments/${longest!.id}`]) {
    await page.goto(path);
    const evidence = page.getByText(longest!.evidence, { exact: true }).first();
    await expect(evidence).toBeVisible();
    const chars = await evidence.evaluate((el) => {
      const ch = document.createElement("span");
      ch.style.cssText = "position:absolute;width:1ch";
      el.append(ch);
      const oneCh = ch.getBoundingClientRect().width;
      ch.remove();
      return Math.round(el.getBoundingClientRect().width / oneCh);
    });
    expect(chars, path).toBeLessThanOrEqual(70);
  }
});
