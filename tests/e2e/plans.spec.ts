// Plans in the browser: an editor adds a plan revising an earlier one, pastes its ten
// numbered points, maps them to issues and to the earlier plan's points, and reads the
// diff (also without JavaScript); the points editor's conflict screen; the pages' axe checks.
import { expect, test, type Page } from "@playwright/test";
import { announcer, makePlanFixture, withTwoEditors } from "./editing-fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { createTestUser, signInAs, signInWith } from "./support/users";

test.setTimeout(120_000);

const pasted = `Framework for the northern region (June draft)
1. A ceasefire along the current line.
2. The northern region is demilitarised within 45 days,
   under international monitoring.
3) Elections in the northern region within a year.
(4) A joint commission on prisoners.
5. Sanctions lifted in stages.
6. A fund for reconstruction.
7. Monitors from neutral states.
8. Refugees may return home.
9. A leaders' meeting within 60 days.
10. The agreement binds both sides once signed.`;

/** A field of the points editor by its label, whether or not the label says "(optional)". */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\(optional\\))?$`));
const row = (page: Page, n: number) => page.getByRole("group", { name: new RegExp(`^Row ${n}\\b`) });

test("an editor pastes a ten-point plan, maps its points to issues and to the earlier plan's, and reads the diff", async ({ page, browser }) => {
  const f = await makePlanFixture();
  const territory = `Territory ${f.tag}`;
  const prisoners = `Prisoners ${f.tag}`;
  const title = `Ten-point framework ${f.tag}`;
  await signInAs(page, "editor", `/negotiations/${f.negotiationSlug}/plans`);

  // The plan itself, from the negotiation's plans page.
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "Add a plan" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Date").fill("2025-06");
  await page.getByLabel("Points in the document").fill("10");
  await page.getByLabel("Summary", { exact: true }).fill("A ten-point answer to the earlier draft.");
  await page.getByLabel("Revises or answers").selectOption(f.earlierPlanId);
  await page.getByLabel("Author 1 (lead)").selectOption(f.partyId);
  await page.getByLabel("Source 1", { exact: true }).selectOption(f.sourceId);
  await page.getByRole("button", { name: "Create plan, then add its points" }).click();
  // Told it was created; the address drops the notice's parameter once shown.
  await expect(page.getByRole("status").filter({ hasText: "The plan was created." })).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/[^/?]+\/points$/);
  const planId = decodeURIComponent(new URL(page.url()).pathname.split("/")[2]!);
  await expectNoSeriousA11yViolations(page);

  // Ten numbered lines become ten rows; the wrapped line stays with its point.
  await page.getByLabel("Numbered lines").fill(pasted);
  await page.getByRole("button", { name: "Split into points" }).click();
  await expect(announcer(page)).toContainText("10 numbered lines were added as new points");
  await expect(page.getByRole("paragraph").filter({ hasText: "Text before the first number was left out" })).toBeVisible();
  for (let n = 1; n <= 10; n++) await expect(field(page, `Number of row ${n}`)).toHaveValue(String(n));
  await expect(field(page, "Summary of row 2")).toHaveValue("The northern region is demilitarised within 45 days, under international monitoring.");
  await expect(page.getByLabel("Numbered lines")).toHaveValue("");

  // Map: 1 keeps the earlier point 1, 2 changes the earlier point 2, 3 and 4 are new on the issues.
  await row(page, 1).getByRole("group", { name: "Issues it touches of row 1" }).getByRole("checkbox", { name: prisoners }).check();
  await field(page, "Revises of row 1").selectOption(f.earlierPointIds[0]!);
  await field(page, "Kept or changed of row 1").selectOption("kept");
  await row(page, 2).getByRole("group", { name: "Issues it touches of row 2" }).getByRole("checkbox", { name: territory }).check();
  await field(page, "Revises of row 2").selectOption(f.earlierPointIds[1]!);
  await field(page, "Kept or changed of row 2").selectOption("changed");
  await field(page, "What changed of row 2").fill("45 days rather than 30, and monitored.");
  await row(page, 3).getByRole("group", { name: "Issues it touches of row 3" }).getByRole("checkbox", { name: territory }).check();
  await row(page, 4).getByRole("group", { name: "Issues it touches of row 4" }).getByRole("checkbox", { name: prisoners }).check();
  // A mapping with no verdict is refused beside the field, before anything is sent.
  await field(page, "Revises of row 5").selectOption(f.earlierPointIds[2]!);
  await page.getByRole("button", { name: "Save points" }).click();
  await expect(field(page, "Kept or changed of row 5")).toHaveAttribute("aria-invalid", "true");
  await field(page, "Revises of row 5").selectOption("");
  await page.getByRole("button", { name: "Save points" }).click();

  await expect(page).toHaveURL(`/plans/${planId}?saved=points`);
  await expect(page.getByRole("status").filter({ hasText: "The points were saved." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Points in printed order" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(10);

  // What was stored: ten points in order, the mapping and the issues as chosen, each with its revision.
  const points = await query<{ id: string; number: string; order: number; summary: string; revisesId: string | null; change: string | null; changeNote: string | null }>(
    `SELECT id, number, "order", summary, "revisesId", change, "changeNote" FROM "PlanPoint" WHERE "planId" = ? ORDER BY "order"`,
    [planId],
  );
  expect(points.map((p) => [p.number, Number(p.order)])).toEqual(Array.from({ length: 10 }, (_, i) => [String(i + 1), i]));
  expect(points.slice(0, 3).map((p) => [p.revisesId, p.change, p.changeNote])).toEqual([
    [f.earlierPointIds[0], "kept", null],
    [f.earlierPointIds[1], "changed", "45 days rather than 30, and monitored."],
    [null, null, null],
  ]);
  const issues = await query<{ pointId: string }>(`SELECT "pointId" FROM "PlanPointIssue" WHERE "pointId" IN (?, ?, ?, ?) ORDER BY "pointId"`, points.slice(0, 4).map((p) => p.id));
  expect(issues).toHaveLength(4);
  const created = await query<{ n: number }>(`SELECT COUNT(*) AS n FROM "Revision" WHERE "entityType" = 'planPoint' AND action = 'create' AND "entityId" IN (${points.map(() => "?").join(",")})`, points.map((p) => p.id));
  expect(Number(created[0]!.n)).toBe(10);

  // The diff, from the plan's page: counts follow from the mapping.
  await page.getByRole("link", { name: "What changed" }).first().click();
  await expect(page).toHaveURL(`/plans/${f.earlierPlanId}/diff/${planId}`);
  await expect(page.getByText("3 → 10 points: 1 kept, 1 changed, 8 added, 1 dropped")).toBeVisible();
  const territoryGroup = page.getByRole("region", { name: territory });
  await expect(territoryGroup.getByText("1 changed, 1 added")).toBeVisible();
  await expect(territoryGroup.getByRole("deletion").first()).toBeVisible();
  await expect(territoryGroup.getByText("45 days rather than 30, and monitored.")).toBeVisible();
  const prisonersGroup = page.getByRole("region", { name: prisoners });
  await expect(prisonersGroup.getByText("Matched by issue only")).toBeVisible();
  await expect(prisonersGroup.getByRole("heading", { name: `Only in ${f.earlierTitle}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The same address without JavaScript: every count and group is in the page as served.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  try {
    const reader = await plain.newPage();
    await reader.goto(`/plans/${f.earlierPlanId}/diff/${planId}`);
    await expect(reader.getByText("3 → 10 points: 1 kept, 1 changed, 8 added, 1 dropped")).toBeVisible();
    await expect(reader.getByRole("heading", { name: territory, level: 2 })).toBeVisible();
    await reader.getByRole("link", { name: "In printed order" }).click();
    await expect(reader).toHaveURL(`/plans/${f.earlierPlanId}/diff/${planId}?view=order`);
    await expect(reader.getByRole("list", { name: "Every point, in printed order" }).getByRole("listitem")).toHaveCount(11);
  } finally {
    await plain.close();
  }
});

test("without JavaScript, the points editor splits pasted lines, moves a row and saves", async ({ browser }) => {
  const f = await makePlanFixture();
  const user = await createTestUser("editor");
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await signInWith(page, user, `/plans/${f.earlierPlanId}/points`);
    await expect(field(page, "Number of row 3")).toHaveValue("3");
    await page.getByLabel("Numbered lines").fill("4. Monitors at every crossing.\n5. A leaders' meeting.");
    await page.getByRole("button", { name: "Split into points" }).click();
    await expect(field(page, "Summary of row 5")).toHaveValue("A leaders' meeting.");
    await page.getByRole("button", { name: "Move row 5 up" }).click();
    await expect(field(page, "Summary of row 4")).toHaveValue("A leaders' meeting.");
    await page.getByRole("button", { name: "Number the points 1, 2, 3… in this order" }).click();
    await expect(field(page, "Number of row 5")).toHaveValue("5");
    await page.getByRole("button", { name: "Save points" }).click();
    await expect(page).toHaveURL(`/plans/${f.earlierPlanId}?saved=points`);
    const stored = await query<{ number: string; summary: string }>(`SELECT number, summary FROM "PlanPoint" WHERE "planId" = ? ORDER BY "order"`, [f.earlierPlanId]);
    expect(stored.map((p) => p.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(stored[3]!.summary).toBe("A leaders' meeting.");
    expect(stored[4]!.summary).toBe("Monitors at every crossing.");
  } finally {
    await context.close();
  }
});

test("Enter in a field of the points editor saves the points, as the button at the end does, with or without JavaScript", async ({ browser }) => {
  const user = await createTestUser("editor");
  for (const javaScriptEnabled of [true, false]) {
    const f = await makePlanFixture();
    const context = await browser.newContext({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      await signInWith(page, user, `/plans/${f.earlierPlanId}/points`);
      // The first buttons in the form are steps that save nothing: splitting pasted lines.
      await field(page, "Summary of row 2").fill("A revised second point.");
      await field(page, "Number of row 2").press("Enter");
      await expect(page).toHaveURL(`/plans/${f.earlierPlanId}?saved=points`);
      const [stored] = await query<{ summary: string }>(`SELECT summary FROM "PlanPoint" WHERE "planId" = ? ORDER BY "order" LIMIT 1 OFFSET 1`, [f.earlierPlanId]);
      expect(stored!.summary, `with JavaScript ${javaScriptEnabled ? "on" : "off"}`).toBe("A revised second point.");
    } finally {
      await context.close();
    }
  }
});

test("moving a row keeps the keyboard on it: focus lands on the moved row's own button", async ({ page }) => {
  const f = await makePlanFixture();
  await signInWith(page, await createTestUser("editor"), `/plans/${f.earlierPlanId}/points`);
  const summaryOfRow3 = await field(page, "Summary of row 3").inputValue();
  await page.getByRole("button", { name: "Move row 3 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(field(page, "Summary of row 2")).toHaveValue(summaryOfRow3);
  await expect(page.getByRole("button", { name: "Move row 2 up" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(field(page, "Summary of row 1")).toHaveValue(summaryOfRow3);
  // At the top, the one way left.
  await expect(page.getByRole("button", { name: "Move row 1 down" })).toBeFocused();
});

test("two editors save one plan's points: the second meets the conflict screen, and nothing of theirs is written", async ({ browser }) => {
  const f = await makePlanFixture();
  await withTwoEditors(browser, `/plans/${f.earlierPlanId}/points`, async (a, b) => {
    await field(a, "Summary of row 2").fill("First editor: the region is demilitarised within 30 days.");
    await a.getByRole("button", { name: "Save points" }).click();
    await expect(a).toHaveURL(`/plans/${f.earlierPlanId}?saved=points`);

    await field(b, "Summary of row 2").fill("Second editor: demilitarised within a month.");
    await b.getByRole("button", { name: "Save points" }).click();
    const heading = b.getByRole("heading", { name: "Someone else saved this record first" });
    await expect(heading).toBeVisible();
    await expect(b.getByRole("row", { name: /^Point 2 › Summary/ }).getByRole("cell").nth(0)).toHaveText("Different");
    const [stored] = await query<{ summary: string }>(`SELECT summary FROM "PlanPoint" WHERE id = ?`, [f.earlierPointIds[1]]);
    expect(stored!.summary).toBe("First editor: the region is demilitarised within 30 days.");
    await expectNoSeriousA11yViolations(b);

    await b.getByRole("button", { name: "Save my version over theirs" }).click();
    await expect(b).toHaveURL(`/plans/${f.earlierPlanId}?saved=points`);
    const [after] = await query<{ summary: string; version: number }>(`SELECT summary, version FROM "PlanPoint" WHERE id = ?`, [f.earlierPointIds[1]]);
    expect([after!.summary, Number(after!.version)]).toEqual(["Second editor: demilitarised within a month.", 3]);
  });
});

test("two editors change different points of one plan: both are saved, neither meets a conflict", async ({ browser }) => {
  const f = await makePlanFixture();
  await withTwoEditors(browser, `/plans/${f.earlierPlanId}/points`, async (a, b) => {
    await field(a, "Summary of row 2").fill("First editor: the region is demilitarised within 30 days.");
    await a.getByRole("button", { name: "Save points" }).click();
    await expect(a).toHaveURL(`/plans/${f.earlierPlanId}?saved=points`);

    // The second editor opened the page before the first saved, and leaves row 2 as it was then.
    await field(b, "Summary of row 3").fill("Second editor: all prisoners exchanged within two weeks.");
    await b.getByRole("button", { name: "Save points" }).click();
    await expect(b).toHaveURL(`/plans/${f.earlierPlanId}?saved=points`);
    const rows = await query<{ id: string; summary: string; version: number }>(`SELECT id, summary, version FROM "PlanPoint" WHERE "planId" = ?`, [f.earlierPlanId]);
    const byId = new Map(rows.map((r) => [r.id, [r.summary, Number(r.version)]]));
    expect(byId.get(f.earlierPointIds[0]!)).toEqual(["A ceasefire along the current line.", 1]);
    expect(byId.get(f.earlierPointIds[1]!)).toEqual(["First editor: the region is demilitarised within 30 days.", 2]);
    expect(byId.get(f.earlierPointIds[2]!)).toEqual(["Second editor: all prisoners exchanged within two weeks.", 2]);
    await expect(b.getByText("Second editor: all prisoners exchanged within two weeks.")).toBeVisible();
    await expect(b.getByText("First editor: the region is demilitarised within 30 days.")).toBeVisible();
  });
});
