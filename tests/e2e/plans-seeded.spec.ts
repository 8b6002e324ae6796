// The seeded plans as readers meet them in the browser: the plans side by side on an issue
// page, the 28 → 20 diff on paper, and what a plan's page says its record lacks. Which plans
// and points to expect was read by hand from prisma/seed/plans.json.
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { NEGOTIATION } from "./support/reader";

const US = "us-28-point-plan-2025-11";
const UA = "ua-us-20-point-framework-2025-12-23";

test("the territory issue page lists the plans touching it side by side, oldest first, each with its points on it", async ({ page }) => {
  // Each plan with its points on territory, as the seed file's `issues` say.
  const expected: [string, string[]][] = [
    ["ru-ua-istanbul-communique-2022", ["D", "E", "F", "H"]],
    ["ru-ua-zelensky-peace-formula-2022", ["5", "6"]],
    ["ru-ua-china-12-point-position-2023", ["1"]],
    ["ru-ua-ukraine-memorandum-jun-2025", ["I.6"]],
    ["ru-ua-russia-memorandum-jun-2025", ["I.1", "II.1"]],
    [US, ["1", "21", "22"]],
    ["e3-counterproposal-2025-11-23", ["1", "21"]],
    ["eu-24-point-plan-2025-11-23", ["9", "u2", "u3"]],
    ["us-ua-geneva-framework-2025-11-23", ["u4"]],
    [UA, ["1", "14", "15"]],
  ];
  const rows = await query<{ id: string; title: string }>(`SELECT id, title FROM "Plan" WHERE id IN (${expected.map(() => "?").join(", ")})`, expected.map(([id]) => id));
  const title = (id: string) => rows.find((r) => r.id === id)!.title;

  await page.goto(`/negotiations/${NEGOTIATION}/issues/territory`);
  const section = page.getByRole("region", { name: "In the plans" });
  const cards = section.getByRole("list", { name: "Plans with points on Territorial demands" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(cards.getByRole("heading", { level: 3 })).toHaveText(expected.map(([id]) => title(id)));
  for (const [i, [id, numbers]] of expected.entries()) {
    const points = cards.nth(i).getByRole("list", { name: `Points of ${title(id)} on Territorial demands` }).getByRole("listitem");
    await expect(points, id).toHaveCount(numbers.length);
    for (const [j, number] of numbers.entries()) {
      const link = points.nth(j).getByRole("link").first();
      await expect(link).toContainText(`Point ${number}`);
      await expect(link).toHaveAttribute("href", new RegExp(`^/plans/${id}#point-`));
    }
  }
  // A label of Parley's own says so beside the number.
  await expect(cards.nth(7).getByRole("listitem").nth(1)).toContainText("Parley’s label: the document’s number is not known");

  // Side by side: on a desktop screen the first plans share a row.
  const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
  expect(Math.abs(first!.y - second!.y)).toBeLessThan(1);
  expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);
});

test("the 28 → 20 diff on paper: counts and issue groups, no navigation or chooser, word changes marked without colour", async ({ page }) => {
  await page.goto(`/plans/${US}/diff/${UA}`);
  await page.emulateMedia({ media: "print" });

  await expect(page.getByText("28 → 20 points: 5 kept, 14 changed, 1 added, 9 dropped", { exact: true })).toBeVisible();
  // The fourteen groups of the diff (see tests/integration/plans-seeded-diff.test.ts), each with its counts.
  const groups = page.locator("article.plan-diff > section");
  await expect(groups.getByRole("heading", { level: 2 })).toHaveCount(14);
  const territory = page.getByRole("region", { name: "Territorial demands" });
  await expect(territory).toBeVisible();
  await expect(territory.getByText("2 kept, 1 changed", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Neutrality / NATO membership" }).getByText("4 dropped", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Points with no issue recorded" }).getByText("1 added", { exact: true })).toBeVisible();

  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "How to read the diff" })).toBeHidden();
  await expect(page.getByRole("search", { name: "Site search" })).toBeHidden();
  await expect(page.getByText("Compare other plans", { exact: true })).toBeHidden();
  await expect(page.getByRole("button", { name: "Show what changed" })).toBeHidden();

  // Paper drops background tints: removed words stay struck through, added ones underlined and bold.
  const removed = page.locator("del.word-removed").first();
  const added = page.locator("ins.word-added").first();
  await expect(removed).toBeVisible();
  await expect(added).toBeVisible();
  const marks = await Promise.all(
    [removed, added].map((mark) => mark.evaluate((el) => ({ line: getComputedStyle(el).textDecorationLine, weight: getComputedStyle(el).fontWeight }))),
  );
  expect(marks[0]!.line).toBe("line-through");
  expect(marks[1]!.line).toBe("underline");
  expect(Number(marks[1]!.weight)).toBeGreaterThanOrEqual(600);

  // What the screen folds away prints: a changed point's two wordings, a kept point's earlier one.
  const changed = territory.getByRole("listitem").filter({ hasText: "Both wordings in full" }).first();
  await expect(changed.getByText(/^In US 28-point/)).toBeVisible();
  const kept = territory.getByRole("listitem").filter({ hasText: "As worded in" }).first();
  await expect(kept.locator("details > p").first()).toBeVisible();
});

test("a plan's page says what its record lacks: the Gaza 21-point draft's count and unrecorded numbers, the E3 mark-up's numbers left out", async ({ page }) => {
  await page.goto("/plans/gaza-us-21-point-draft-2025");
  const lacks = page.getByRole("region", { name: /^What the record lacks/ });
  await expect(lacks).toContainText("The document has 21 points; 13 are recorded here.");
  await expect(lacks).toContainText("No point is recorded under numbers 14–21.");

  await page.goto("/plans/e3-counterproposal-2025-11-23");
  await expect(lacks).toContainText("keeps the numbering of the plan it revises or answers, up to 28, and leaves out numbers 3 and 26; 19 of its points are recorded here.");
  await expect(lacks).toContainText("No point is recorded under numbers 15, 17, 20, 22–23 and 27–28.");
});
