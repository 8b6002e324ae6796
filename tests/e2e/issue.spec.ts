import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { NEGOTIATION, currentPositions, issuesInOrder, partiesInOrder, readerDate, stanceWord } from "./support/reader";

test("an issue page shows every party's current position side by side", async ({ page }) => {
  const [parties, issues, current] = await Promise.all([partiesInOrder(), issuesInOrder(), currentPositions()]);
  const issue = issues.find((i) => i.slug === "ceasefire")!;

  await page.goto(`/negotiations/${NEGOTIATION}/issues/ceasefire`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(issue.name);
  const cards = page.getByRole("list", { name: "Current positions" }).getByRole("listitem");

  const speaking = parties.filter((p) => current.some((c) => c.partyId === p.id && c.issueId === issue.id));
  await expect(cards.getByRole("heading", { level: 3 })).toHaveText(speaking.map((p) => p.shortName));
  for (const [i, party] of speaking.entries()) {
    const position = current.find((c) => c.partyId === party.id && c.issueId === issue.id)!;
    await expect(cards.nth(i)).toContainText(stanceWord(position.stance));
    await expect(cards.nth(i)).toContainText(position.summary);
  }
  const silent = parties.filter((p) => !speaking.includes(p)).map((p) => p.shortName);
  await expect(page.getByText(/^No stated position:/)).toContainText(silent.join(", "));
});

test("the timeline shows a party's statements oldest first, month-only dates as month and year", async ({ page }) => {
  const statements = await query<{ id: string; stance: string; statedOn: string; statedOnPrecision: string }>(
    `SELECT p.id, p.stance, p."statedOn", p."statedOnPrecision" FROM "Position" p
       JOIN "Party" pa ON pa.id = p."partyId" JOIN "Issue" i ON i.id = p."issueId"
      WHERE pa.slug = 'russia' AND i.slug = 'territory' AND p."retractedAt" IS NULL
      ORDER BY p."statedOn", p."createdAt"`,
  );
  const monthOnly = statements.find((s) => s.statedOnPrecision === "month");
  expect(monthOnly, "the seed has a month-only statement by Russia on territory").toBeTruthy();

  await page.goto(`/negotiations/${NEGOTIATION}/issues/territory`);
  const timeline = page.getByRole("list", { name: /^Russia: statements on Territorial demands, oldest first/ });
  const items = timeline.getByRole("listitem");
  await expect(items).toHaveCount(statements.length);
  for (const [i, s] of statements.entries()) {
    await expect(items.nth(i)).toContainText(readerDate(s.statedOn, s.statedOnPrecision));
    await expect(items.nth(i)).toContainText(stanceWord(s.stance));
    await expect(items.nth(i).getByRole("link", { name: /^Full record/ })).toHaveAttribute("href", `/positions/${s.id}`);
  }
  const month = readerDate(monthOnly!.statedOn, "month");
  const item = items.nth(statements.indexOf(monthOnly!));
  await expect(item.locator(`time[datetime="${new Date(monthOnly!.statedOn).toISOString().slice(0, 7)}"]`).first()).toHaveText(month);
  await expect(item).not.toContainText(`1 ${month}`);
});

test("an unknown issue, or an issue under the wrong negotiation, is a 404", async ({ page }) => {
  expect((await page.goto(`/negotiations/${NEGOTIATION}/issues/no-such-issue`))?.status()).toBe(404);
  expect((await page.goto(`/negotiations/no-such-negotiation/issues/ceasefire`))?.status()).toBe(404);
});
