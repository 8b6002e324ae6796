// Fixtures and checks shared by the editing specs (tests/e2e/editing-*.spec.ts).
import { expect, type Browser, type Page } from "@playwright/test";
import { query } from "./support/db";
import { runSetupCommand } from "./support/setup-process";
import { createTestUser, signInWith, type TestUser } from "./support/users";

export type Fixture = {
  tag: string;
  partyId: string;
  partySlug: string;
  partyShort: string;
  /** The other side, seated in the negotiation, holding North Province. */
  rivalSlug: string;
  rivalShort: string;
  /** The negotiation's areas: north-province (this name), harbour-town (lies in it), river-zone. */
  northName: string;
  otherPartySlug: string;
  otherPartyName: string;
  otherPartyShort: string;
  negotiationSlug: string;
  issueId: string;
  issueSlug: string;
  issueName: string;
  generalIssueId: string;
  sourceId: string;
  sourceTitle: string;
  positionId: string;
  summary: string;
};

/** Two parties, a negotiation with its areas, territory and general issues, a source and a position citing it, all new. */
export function makeFixture(): Promise<Fixture> {
  return runFixture("setup");
}

export type PlanFixture = Fixture & { earlierPlanId: string; earlierTitle: string; earlierPointIds: string[] };

/** makeFixture's records and an earlier plan of three points (1: prisoners, 2: territory, 3: prisoners) in its negotiation. */
export function makePlanFixture(): Promise<PlanFixture> {
  return runFixture("plan");
}

export type EventFixture = Fixture & { eventId: string; eventSlug: string };

/** makeFixture's records and an event of its negotiation: in Strelsau, both parties attending, citing the source. */
export function makeEventFixture(): Promise<EventFixture> {
  return runFixture("event");
}

/** Records made by ./support/fixture-commands.ts. */
async function runFixture<T>(command: string): Promise<T> {
  // SQLite lets one writer in at a time: with two workers writing at once, a fixture's
  // transaction can time out waiting. Each attempt makes records with fresh names.
  for (let attempt = 1; ; attempt++) {
    try {
      return await runSetupCommand<T>("fixture", command);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

export type PositionRow = { id: string; summary: string; stance: string; version: number; status: string; terms: unknown; supersededById: string | null; retractedAt: unknown };

export async function positionRow(id: string): Promise<PositionRow> {
  const [row] = await query<PositionRow & { terms: string | object | null }>(
    `SELECT id, summary, stance, version, status, terms, "supersededById", "retractedAt" FROM "Position" WHERE id = ?`,
    [id],
  );
  if (!row) throw new Error(`no position ${id}`);
  return { ...row, version: Number(row.version), terms: typeof row.terms === "string" ? JSON.parse(row.terms) : row.terms };
}

export async function revisionsOf(id: string) {
  return query<{ action: string; actorLabel: string; note: string | null }>(
    `SELECT action, "actorLabel", note FROM "Revision" WHERE "entityId" = ? ORDER BY "createdAt", id`,
    [id],
  );
}

/** The polite live region that announces a form's outcome (Next's route announcer is left out). */
export const announcer = (page: Page) => page.locator('[role="status"][aria-live="polite"]').filter({ hasText: /\S/ });

/** The field is marked invalid and described by a message containing `text`. */
export async function expectFieldError(page: Page, field: ReturnType<Page["getByLabel"]>, text: string | RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(text instanceof RegExp ? text : new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

/** Two editors, each in a browser of their own, signed in at `path`; their browsers are closed afterwards. */
export async function withTwoEditors(
  browser: Browser,
  path: string,
  body: (a: Page, b: Page, editors: { first: TestUser; second: TestUser }) => Promise<void>,
) {
  const [first, second] = await Promise.all([createTestUser("editor"), createTestUser("editor")]);
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  try {
    const [a, b] = await Promise.all([contextA.newPage(), contextB.newPage()]);
    await signInWith(a, first, path);
    await signInWith(b, second, path);
    await body(a, b, { first, second });
  } finally {
    await contextA.close();
    await contextB.close();
  }
}
