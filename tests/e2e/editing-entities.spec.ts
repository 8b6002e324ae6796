import { expect, test } from "@playwright/test";
import { makeFixture } from "./editing-fixtures";
import { query } from "./support/db";
import { signInAs } from "./support/users";
import { misshapenCheckboxes } from "./support/checkbox-shape";

test.setTimeout(120_000);

test("an editor edits a party, a negotiation's seats and an issue, and adds an event and a commitment", async ({ page }) => {
  const f = await makeFixture();
  await signInAs(page, "editor", `/parties/${f.partySlug}`);

  // Party: from its page's Edit link; a bad colour is refused beside the field first.
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: `Edit ${f.partyShort}` }).click();
  await page.getByLabel("Colour").fill("blue");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Colour")).toHaveAccessibleDescription(/six hex digits/);
  await page.getByLabel("Colour").fill("#AA3355");
  await page.getByLabel("Name", { exact: true }).fill(`Renamed Republic ${f.tag}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/parties/${f.partySlug}`);
  await expect(page.getByText(`Renamed Republic ${f.tag}`)).toBeVisible();
  expect(await query(`SELECT name, colour FROM "Party" WHERE id = ?`, [f.partyId])).toEqual([{ name: `Renamed Republic ${f.tag}`, colour: "#aa3355" }]);

  // Negotiation: seat a third party with a role in the spare row.
  await page.goto(`/negotiations/${f.negotiationSlug}/edit`);
  await page.getByLabel("Party 3", { exact: true }).selectOption({ label: `${f.otherPartyShort} (${f.otherPartyName})` });
  await page.getByLabel("Role of party 3").fill("belligerent");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/negotiations/${f.negotiationSlug}`);
  const seats = await query<{ slug: string; role: string | null }>(
    `SELECT p.slug, np.role FROM "NegotiationParty" np JOIN "Party" p ON p.id = np."partyId" JOIN "Negotiation" n ON n.id = np."negotiationId" WHERE n.slug = ? ORDER BY np."order"`,
    [f.negotiationSlug],
  );
  expect(seats).toEqual([{ slug: f.partySlug, role: null }, { slug: f.rivalSlug, role: null }, { slug: f.otherPartySlug, role: "belligerent" }]);

  // Issue: rename it from its page.
  await page.goto(`/negotiations/${f.negotiationSlug}/issues/prisoners`);
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: /^Edit/ }).click();
  await page.getByLabel("Name", { exact: true }).fill(`Prisoners of war ${f.tag}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/negotiations/${f.negotiationSlug}/issues/prisoners`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Prisoners of war ${f.tag}`);

  // Event, from the negotiation's page.
  await page.goto(`/negotiations/${f.negotiationSlug}`);
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "Add an event" }).click();
  await page.getByLabel("Name", { exact: true }).fill(`Round ${f.tag}`);
  await page.getByLabel("Address (slug)").fill(`round-${f.tag}`);
  await page.getByLabel("Date").fill("2025-06");
  await page.getByLabel("Place").fill("Istanbul");
  await page.getByLabel("What happened").fill("Delegations met for two hours.");
  await page.getByRole("checkbox", { name: f.partyShort }).check();
  await page.getByLabel("Source 1", { exact: true }).selectOption(f.sourceId);
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(`/events/round-${f.tag}`);
  await expect(page.getByText("Delegations met for two hours.")).toBeVisible();

  // Commitment, from the event's page.
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "Add a commitment made here" }).click();
  await page.getByLabel("What was promised").fill(`Exchange 500 prisoners each ${f.tag}`);
  await page.getByRole("checkbox", { name: f.partyShort }).check();
  await page.getByRole("button", { name: "Create commitment" }).click();
  // Saved, the editor reads the commitment as readers will.
  await expect(page).toHaveURL(/\/commitments\/(?!new\b)[^/?]+$/);
  const [commitment] = await query<{ id: string; status: string; event: string }>(
    `SELECT c.id, c.status, e.slug AS event FROM "Commitment" c JOIN "Event" e ON e.id = c."eventId" WHERE c.summary = ?`,
    [`Exchange 500 prisoners each ${f.tag}`],
  );
  expect(commitment).toEqual({ id: expect.any(String), status: "promised", event: `round-${f.tag}` });
  await expect(page).toHaveURL(`/commitments/${commitment!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Exchange 500 prisoners each ${f.tag}`);

  // The promise is broken: its page shows the status now, and that it was recorded as promised first.
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: /^Edit/ }).click();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Broken" });
  await page.getByLabel("Evidence for the status").fill("No exchange took place by the agreed date.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/commitments/${commitment!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Exchange 500 prisoners each ${f.tag}`);
  await expect(page.getByRole("region", { name: "Evidence for its status" })).toContainText("No exchange took place by the agreed date.");
  await expect(page.getByRole("list", { name: "Status as recorded over time" }).getByRole("listitem")).toHaveText([/^Promised recorded /, /^Broken recorded /]);
});

test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("a checkbox keeps its size and sits on the first line of a name that wraps", async ({ page }) => {
    await signInAs(page, "editor", "/events/new");
    const group = page.getByRole("group", { name: "Participants" });
    await expect(group.getByRole("checkbox").first()).toBeVisible();
    expect(await misshapenCheckboxes(group.getByRole("checkbox"))).toEqual([]);
  });
});
