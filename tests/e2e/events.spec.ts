import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { readerDate, stanceWord, shownTitle } from "./support/reader";

test("the events list shows every event, newest first", async ({ page }) => {
  const events = await query<{ slug: string; name: string; date: string; datePrecision: string }>(
    `SELECT slug, name, date, "datePrecision" FROM "Event" WHERE "retractedAt" IS NULL ORDER BY date DESC, "createdAt" DESC`,
  );
  await page.goto("/events");
  await expect(page).toHaveTitle("Events — Parley");
  const links = page.getByRole("main").getByRole("list", { name: /^Events in \d{4}$/ }).getByRole("link");
  await expect(links).toHaveText(events.map((e) => e.name));
  await expect(links.first()).toHaveAttribute("href", `/events/${events[0]!.slug}`);
  await expect(page.getByRole("main")).toContainText(readerDate(events[0]!.date, events[0]!.datePrecision));
});

test("an event shows its date, place, participants, outcome, positions, commitments and sources", async ({ page }) => {
  const [event] = await query<{ id: string; slug: string; name: string; date: string; location: string; summary: string }>(
    `SELECT e.id, e.slug, e.name, e.date, e.location, e.summary FROM "Event" e
      WHERE e."retractedAt" IS NULL AND EXISTS (SELECT 1 FROM "Commitment" c WHERE c."eventId" = e.id AND c."retractedAt" IS NULL)
        AND EXISTS (SELECT 1 FROM "Position" p WHERE p."eventId" = e.id AND p."retractedAt" IS NULL)
      ORDER BY e.date DESC LIMIT 1`,
  );
  const participants = await query<{ shortName: string }>(
    `SELECT p."shortName" FROM "EventParticipant" ep JOIN "Party" p ON p.id = ep."partyId" WHERE ep."eventId" = ? ORDER BY p."shortName"`,
    [event!.id],
  );
  const positions = await query<{ id: string; stance: string }>(
    `SELECT id, stance FROM "Position" WHERE "eventId" = ? AND "retractedAt" IS NULL`,
    [event!.id],
  );
  const commitments = await query<{ summary: string }>(
    `SELECT summary FROM "Commitment" WHERE "eventId" = ? AND "retractedAt" IS NULL`,
    [event!.id],
  );
  const sources = await query<{ title: string; url: string | null }>(
    `SELECT s.title, s.url FROM "EventSource" es JOIN "Source" s ON s.id = es."sourceId"
      WHERE es."eventId" = ? AND s."retractedAt" IS NULL ORDER BY es."order"`,
    [event!.id],
  );

  await page.goto("/events");
  await page.getByRole("link", { name: event!.name, exact: true }).first().click();
  await expect(page).toHaveURL(`/events/${event!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event!.name);
  const main = page.getByRole("main");
  await expect(main).toContainText(readerDate(event!.date));
  await expect(main).toContainText(event!.location);
  await expect(page.getByRole("region", { name: "What happened" })).toContainText(event!.summary);
  for (const p of participants) await expect(main.locator("dd").getByRole("link", { name: p.shortName, exact: true }).first()).toBeVisible();

  const stated = page.getByRole("list", { name: "Positions stated here" }).getByRole("listitem");
  await expect(stated).toHaveCount(positions.length);
  for (const p of positions) {
    const card = stated.filter({ has: page.locator(`a[href="/positions/${p.id}"]`) });
    await expect(card).toContainText(stanceWord(p.stance));
  }
  const made = page.getByRole("list", { name: "Commitments made here" }).getByRole("article");
  await expect(made).toHaveCount(commitments.length);
  for (const c of commitments) await expect(made.filter({ hasText: c.summary })).toHaveCount(1);

  const list = page.getByRole("list", { name: "Sources" }).last();
  for (const s of sources.filter((s) => s.url)) {
    await expect(list.getByRole("link", { name: shownTitle(s.title) })).toHaveAttribute("href", s.url!);
  }

  // Readers can see how the record was edited, and so how each of its commitments was.
  await expect(made.first().getByRole("link", { name: "Every edit to this record, with what changed" })).toHaveAttribute("href", /^\/history\/commitment\//);
  await page.getByRole("link", { name: "Every edit to this record, with what changed" }).last().click();
  await expect(page).toHaveURL(`/history/event/${event!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(event!.name);
});

test("an unknown event is a 404", async ({ page }) => {
  expect((await page.goto("/events/no-such-event"))?.status()).toBe(404);
});

test("a party's events: from its page, and chosen with the filters", async ({ page }) => {
  // The party that took part in the most events.
  const [party] = await query<{ id: string; slug: string; name: string; shortName: string }>(
    `SELECT p.id, p.slug, p.name, p."shortName" FROM "Party" p JOIN "EventParticipant" ep ON ep."partyId" = p.id
       JOIN "Event" e ON e.id = ep."eventId" WHERE e."retractedAt" IS NULL
      GROUP BY p.id, p.slug, p.name, p."shortName" ORDER BY COUNT(*) DESC, p.slug LIMIT 1`,
  );
  const events = await query<{ name: string }>(
    `SELECT e.name FROM "Event" e JOIN "EventParticipant" ep ON ep."eventId" = e.id
      WHERE e."retractedAt" IS NULL AND ep."partyId" = ? ORDER BY e.date DESC, e."createdAt" DESC`,
    [party!.id],
  );
  const links = page.getByRole("main").getByRole("list", { name: /^Events in \d{4}$/ }).getByRole("link");

  await page.goto(`/parties/${party!.slug}`);
  await page.getByRole("link", { name: `Events ${party!.shortName} took part in` }).click();
  await expect(page).toHaveURL(`/events?party=${party!.slug}`);
  await expect(page).toHaveTitle(`Events of ${party!.name} — Parley`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Events of ${party!.name}`, { useInnerText: true });
  await expect(links).toHaveText(events.map((e) => e.name));

  await page.goto("/events");
  const filters = page.getByRole("form", { name: "Filter the events" });
  await filters.getByLabel("Party").selectOption(party!.slug);
  await filters.getByRole("button", { name: "Show events" }).click();
  await expect(page).toHaveURL(`/events?party=${party!.slug}`);
  await expect(links).toHaveText(events.map((e) => e.name));
  await page.getByRole("link", { name: "Events of every party" }).click();
  await expect(page).toHaveURL("/events");
});
