import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { shownTitle } from "./support/reader";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { editAsAnotherEditor } from "./support/editing";
import { signInAs } from "./support/users";

/** How many visible records of each kind cite a source, or another visible source of its address. */
async function citing(sourceId: string) {
  const sameReport = `SELECT o.id FROM "Source" o, "Source" s WHERE s.id = ? AND o."retractedAt" IS NULL AND (o.id = s.id OR o.url = s.url)`;
  const [row] = await query<{ statements: number; events: number; commitments: number; plans: number }>(
    `SELECT
       (SELECT COUNT(DISTINCT p.id) FROM "Citation" c JOIN "Position" p ON p.id = c."positionId" WHERE c."sourceId" IN (${sameReport}) AND p."retractedAt" IS NULL) AS statements,
       (SELECT COUNT(DISTINCT e.id) FROM "EventSource" es JOIN "Event" e ON e.id = es."eventId" WHERE es."sourceId" IN (${sameReport}) AND e."retractedAt" IS NULL) AS events,
       (SELECT COUNT(DISTINCT c.id) FROM "CommitmentSource" cs JOIN "Commitment" c ON c.id = cs."commitmentId" WHERE cs."sourceId" IN (${sameReport}) AND c."retractedAt" IS NULL) AS commitments,
       (SELECT COUNT(DISTINCT p.id) FROM "PlanSource" ps JOIN "Plan" p ON p.id = ps."planId" WHERE ps."sourceId" IN (${sameReport}) AND p."retractedAt" IS NULL) AS plans`,
    [sourceId, sourceId, sourceId, sourceId],
  );
  return { statements: Number(row!.statements), events: Number(row!.events), commitments: Number(row!.commitments), plans: Number(row!.plans) };
}

test("a source's page shows what it is and every statement resting on it, with the words quoted", async ({ page }) => {
  // A quoted source of a position, cited by more than one statement.
  const [cited] = await query<{ sourceId: string; title: string; outlet: string; url: string; positionId: string; quote: string; speaker: string | null }>(
    `SELECT s.id AS "sourceId", s.title, s.outlet, s.url, c."positionId", c.quote, c.speaker
       FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" JOIN "Position" p ON p.id = c."positionId"
      WHERE s.id LIKE 'src-%' AND c.quote IS NOT NULL AND s.url IS NOT NULL AND s."retractedAt" IS NULL AND p."retractedAt" IS NULL
        AND (SELECT COUNT(*) FROM "Citation" o WHERE o."sourceId" = s.id) > 1
      ORDER BY s.id, c."positionId" LIMIT 1`,
  );
  const counts = await citing(cited!.sourceId);

  await page.goto(`/positions/${cited!.positionId}`);
  const item = page.getByRole("list", { name: "Sources" }).getByRole("listitem").filter({ hasText: shownTitle(cited!.title) });
  await item.getByRole("link", { name: "Every record citing this source" }).click();
  await expect(page).toHaveURL(`/sources/${cited!.sourceId}`);
  await expect(page).toHaveTitle(`${cited!.outlet}: ${shownTitle(cited!.title)} — Parley`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shownTitle(cited!.title));
  const facts = page.getByRole("main").locator("dl");
  await expect(facts).toContainText(cited!.outlet);
  await expect(facts.getByRole("link", { name: cited!.url })).toHaveAttribute("href", cited!.url);
  await expect(page.getByRole("main")).toContainText(`Parley cites it for ${counts.statements} statements`);

  const statements = page.getByRole("list", { name: "Statements citing it" }).getByRole("listitem");
  await expect(statements).toHaveCount(counts.statements);
  const card = statements.filter({ has: page.locator(`a[href="/positions/${cited!.positionId}"]`) });
  await expect(card.getByRole("blockquote")).toContainText(cited!.quote);
  if (cited!.speaker) await expect(card).toContainText(`— ${cited!.speaker}`);
  await expect(card).toContainText(/Cited as: \w/);

  await page.getByRole("link", { name: "Every edit to this record, with what changed" }).click();
  await expect(page).toHaveURL(`/history/source/${cited!.sourceId}`);
});

test("a source reporting a commitment leads to the commitment's page, and its events to theirs", async ({ page }) => {
  const [row] = await query<{ sourceId: string; commitmentId: string; summary: string }>(
    `SELECT cs."sourceId", c.id AS "commitmentId", c.summary FROM "CommitmentSource" cs
       JOIN "Commitment" c ON c.id = cs."commitmentId" JOIN "Source" s ON s.id = cs."sourceId"
      WHERE s.id LIKE 'src-%' AND c."retractedAt" IS NULL AND s."retractedAt" IS NULL ORDER BY c.id, cs."sourceId" LIMIT 1`,
  );
  const counts = await citing(row!.sourceId);
  const events = await query<{ slug: string; name: string }>(
    `SELECT e.slug, e.name FROM "EventSource" es JOIN "Event" e ON e.id = es."eventId" WHERE es."sourceId" = ? AND e."retractedAt" IS NULL`,
    [row!.sourceId],
  );

  await page.goto(`/sources/${row!.sourceId}`);
  const commitments = page.getByRole("list", { name: "Commitments it reports" });
  await expect(commitments.getByRole("listitem")).toHaveCount(counts.commitments);
  for (const e of events) await expect(page.getByRole("list", { name: "Events it reports" }).getByRole("link", { name: e.name })).toHaveAttribute("href", `/events/${e.slug}`);
  await commitments.getByRole("link", { name: row!.summary }).click();
  await expect(page).toHaveURL(`/commitments/${row!.commitmentId}`);
});

test("a report recorded twice under one address lists what rests on both, and names the other record", async ({ page }) => {
  // The seed records each address once: another editor's statement, and its source recorded again.
  const cited = await editAsAnotherEditor<{ sourceId: string; positionId: string; issueName: string }>("setup");
  const other = await editAsAnotherEditor<{ id: string; outlet: string; title: string }>("record-address-again", cited.sourceId);
  const counts = await citing(other.id);
  expect(counts).toEqual(await citing(cited.sourceId));
  expect(counts.statements).toBe(1);

  await page.goto(`/sources/${other.id}`);
  const [first] = await query<{ outlet: string; title: string }>(`SELECT outlet, title FROM "Source" WHERE id = ?`, [cited.sourceId]);
  const note = page.getByRole("region", { name: "Also recorded under the same address" });
  await expect(note.getByRole("link", { name: `${first!.outlet}: ${shownTitle(first!.title)}` })).toHaveAttribute("href", `/sources/${cited.sourceId}`);
  const statements = page.getByRole("list", { name: "Statements citing it" }).getByRole("listitem");
  await expect(statements).toHaveCount(1);
  await expect(statements).toContainText(cited.issueName);
  await expect(statements).toContainText("“All for all.”");

  await page.goto(`/sources/${cited.sourceId}`);
  await expect(note.getByRole("link", { name: `${other.outlet}: ${shownTitle(other.title)}` })).toHaveAttribute("href", `/sources/${other.id}`);
});

test("a title the recorder did not see as printed says so in words beside it, and its link is named by the title alone", async ({ page }) => {
  const [described] = await query<{ sourceId: string; title: string; positionId: string }>(
    `SELECT s.id AS "sourceId", s.title, c."positionId" FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" JOIN "Position" p ON p.id = c."positionId"
      WHERE s.title LIKE '%[descriptive title]' AND s.url IS NOT NULL AND s."retractedAt" IS NULL AND p."retractedAt" IS NULL
      ORDER BY s.id, c."positionId" LIMIT 1`,
  );
  const title = described!.title.replace(/\s*\[descriptive title\]$/, "");
  await page.goto(`/positions/${described!.positionId}`);
  const item = page.getByRole("list", { name: "Sources" }).getByRole("listitem").filter({ hasText: title });
  await expect(item.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(item).toContainText(`${title} (a description, not the outlet's headline)`);
  await expect(item).not.toContainText("[descriptive title]");

  await page.goto(`/sources/${described!.sourceId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main")).toContainText("The title is a description, not the outlet's headline.");

  // Search gives it the same way, the words matched still marked.
  await page.goto(`/search?q=${encodeURIComponent(`"${title.replace(/"/g, "")}"`)}&kind=source`);
  const hit = page.getByRole("list", { name: "Search results" }).getByRole("listitem").filter({ has: page.locator(`a[href="/sources/${described!.sourceId}"]`) });
  await expect(hit.getByRole("heading")).toContainText("(a description, not the outlet's headline)");
  await expect(hit.getByRole("heading")).not.toContainText("[descriptive title]");
  await expect(hit.getByRole("heading").locator("mark").first()).toBeVisible();
});

test("an editor retracting a source sees what would rest on nothing, and readers then see why a statement shows no source", async ({ page }) => {
  const cited = await editAsAnotherEditor<{ sourceId: string; positionId: string; issueName: string }>("setup");
  await signInAs(page, "editor", `/sources/${cited.sourceId}/edit`);
  const notice = page.getByRole("region", { name: "1 record cites no other source" });
  await expect(notice).toContainText("Retracted, this source would leave them with no source readers can see.");
  await expect(notice.getByRole("list", { name: "Statements citing no other source" }).getByRole("link", { name: new RegExp(cited.issueName) })).toHaveAttribute(
    "href",
    `/positions/${cited.positionId}`,
  );
  await expectNoSeriousA11yViolations(page);

  await page.getByText("Retract this source…").click();
  await page.getByRole("button", { name: "Yes, retract this source" }).click();
  await expect(page.getByRole("note", { name: "Retracted" })).toBeVisible();
  // Nothing left to warn of once it is retracted.
  await expect(notice).toHaveCount(0);
  await page.goto(`/positions/${cited.positionId}`);
  await expect(page.getByRole("region", { name: "Sources (0)" })).toContainText("No source readers can see: every source this statement cited has been retracted.");
});
