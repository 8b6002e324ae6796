// A newer issue kind end to end: an editor gives an issue the exchange kind and codes a
// position's exchange through the form (per-field messages from the shared schema), readers
// see the terms in words, and the compare page says how many compared parties have coded
// terms. axe checks the form and the compare page.
import { expect, test } from "@playwright/test";
import { makeFixture } from "./editing-fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { signInAs } from "./support/users";

test.setTimeout(120_000);

test("an editor codes an exchange, readers see it in words, and the compare page says who is coded", async ({ page }) => {
  const f = await makeFixture();
  // The fixture's prisoners issue is general: give it the exchange kind.
  await signInAs(page, "editor", `/negotiations/${f.negotiationSlug}/issues/prisoners/edit`);
  await page.getByLabel("Kind").selectOption("exchange");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/negotiations/${f.negotiationSlug}/issues/prisoners`);
  const [issue] = await query<{ kind: string }>(`SELECT kind FROM "Issue" WHERE id = ?`, [f.generalIssueId]);
  expect(issue?.kind).toBe("exchange");

  await page.goto(`/positions/new?negotiation=${f.negotiationSlug}&party=${f.partySlug}&issue=prisoners`);
  await page.getByLabel("Stance").selectOption("offers");
  await page.getByLabel("Date stated").fill("2025-05-16");
  await page.getByLabel("Summary", { exact: true }).fill(`Offers a thousand prisoners for eight hundred (${f.tag}).`);
  await page.getByLabel("Source 1", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Attribution").first().selectOption("official-statement");
  const terms = page.getByRole("group", { name: "Structured terms" });
  await terms.getByLabel("Formula").selectOption("numbers");
  await terms.getByLabel("First side: who releases").selectOption(f.partySlug);
  await terms.getByLabel("First side: how many").fill("1000");
  await terms.getByLabel("Second side: who releases").selectOption(f.partySlug);
  await terms.getByLabel("Second side: how many").fill("800");
  const released = terms.getByRole("group", { name: "Who is released" });
  await released.getByRole("checkbox", { name: "Prisoners of war" }).check();
  await released.getByRole("checkbox", { name: "Remains of the dead" }).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Create position" }).click();

  // The schema's message, beside the field it is about; nothing saved.
  const secondSide = terms.getByLabel("Second side: who releases");
  await expect(secondSide).toHaveAccessibleDescription(/The two sides must be different parties/);
  expect(await query(`SELECT id FROM "Position" WHERE summary = ?`, [`Offers a thousand prisoners for eight hundred (${f.tag}).`])).toEqual([]);

  await secondSide.selectOption(f.rivalSlug);
  await page.getByRole("button", { name: "Create position" }).click();
  await expect(page).toHaveURL(/\/positions\/(?!new\b)[^/?]+$/);
  const id = page.url().split("/").at(-1)!;
  const [stored] = await query<{ terms: string | object }>(`SELECT terms FROM "Position" WHERE id = ?`, [id]);
  const storedTerms = typeof stored!.terms === "string" ? JSON.parse(stored!.terms) : stored!.terms;
  expect(storedTerms).toEqual({
    formula: "numbers",
    sideA: { party: f.partySlug, count: 1000 },
    sideB: { party: f.rivalSlug, count: 800 },
    categories: ["soldiers", "remains"],
  });
  // Readers see the terms in words, parties by name.
  await expect(page.getByText("Fixed numbers")).toBeVisible();
  await expect(page.getByText(`${f.partyShort}: 1,000`)).toBeVisible();
  await expect(page.getByText(`${f.rivalShort}: 800`)).toBeVisible();
  await expect(page.getByText("Prisoners of war; Remains of the dead")).toBeVisible();

  // Of the two seated parties, only this one has a position, and it is coded.
  await page.goto(`/negotiations/${f.negotiationSlug}/compare?parties=${f.partySlug},${f.rivalSlug}&issues=prisoners`);
  const table = page.getByRole("table", { name: /compared, issue by issue/ });
  const verdict = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Prisoners ${f.tag}` }) }).getByRole("cell").first();
  await expect(verdict).toContainText("1 of 2 compared parties has coded terms.");
  await expect(verdict).toContainText("Unknown");
  // The figures are drawn per releasing party, with their text equivalent.
  const figures = page.getByRole("region", { name: "Figures side by side" });
  await expect(figures.getByText(`Released by ${f.partyShort}`).first()).toBeVisible();
  await expect(figures.getByText(`Released by ${f.rivalShort}`).first()).toBeVisible();
  await expect(figures.getByRole("cell", { name: "800 people" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
