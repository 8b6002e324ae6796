// Shared set-up for the editing tests: actors of each kind, and records made through the
// domain functions themselves, each with a unique slug so test files can run in any order
// against the one seeded database per engine.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { createParty } from "@/lib/parties/create-party";
import { createPosition } from "@/lib/positions/create-position";
import { createSource } from "@/lib/sources/create-source";

export const editor: Actor = { id: "test-editor", label: "Test Editor", role: "editor" };
export const admin: Actor = { id: "test-admin", label: "Test Admin", role: "admin" };
export const readToken: Actor = { id: "test-reader", label: "Reader (API token “read”)", role: "admin", scope: "read" };
export const writeToken: Actor = { id: "test-writer", label: "Writer (API token “write”)", role: "editor", scope: "write" };

export function unique(prefix = "t") {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** The error a promise rejects with, checked to be an AppError of `code`. */
export async function appError(promise: Promise<unknown>, code: AppErrorCode) {
  const error = await promise.then(
    () => {
      throw new Error(`expected an AppError "${code}", but the call succeeded`);
    },
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw error;
  expect(error.code, error.message).toBe(code);
  return error;
}

export async function seeded() {
  const negotiation = await db.negotiation.findUniqueOrThrow({ where: { slug: "russia-ukraine" } });
  const ceasefire = await db.issue.findFirstOrThrow({ where: { negotiationId: negotiation.id, kind: "ceasefire" } });
  const territory = await db.issue.findFirstOrThrow({ where: { negotiationId: negotiation.id, kind: "territory" } });
  const event = await db.event.findFirstOrThrow({ where: { negotiationId: negotiation.id } });
  return { negotiation, ceasefire, territory, event };
}

export function sourceFields(overrides: Record<string, unknown> = {}) {
  // An address can be recorded by one source only (lib/sources/same-address.ts).
  const tag = unique();
  return { outlet: "Test Wire", title: `Report ${tag}`, url: `https://example.org/report/${tag}`, publishedOn: "2025-05-16", ...overrides };
}

export async function newSource(overrides: Record<string, unknown> = {}) {
  return createSource({ input: sourceFields(overrides), actor: editor });
}

export async function newParty() {
  const slug = unique("party");
  return createParty({ input: { slug, name: `Party ${slug}`, shortName: slug.slice(0, 12), kind: "state", colour: "#336699" }, actor: editor });
}

/** Fields of a position by a fresh party on the seeded ceasefire issue, citing a fresh source. */
export async function positionFields(overrides: Record<string, unknown> = {}) {
  const [{ ceasefire }, party, source] = await Promise.all([seeded(), newParty(), newSource()]);
  return {
    partyId: party.id,
    issueId: ceasefire.id,
    eventId: null,
    stance: "demands",
    summary: "Fixture statement: wants a thirty-day pause first.",
    details: null,
    notes: null,
    terms: { type: "unconditional", durationDays: 30, scope: "full" },
    termsConfidence: "high",
    termsNote: null,
    statedOn: "2025-05-11",
    withdrawnOn: null,
    citations: [{ sourceId: source.id, attribution: "official-statement", quote: "Thirty days, starting now.", speaker: "A minister" }],
    ...overrides,
  };
}

export async function newPosition(overrides: Record<string, unknown> = {}) {
  return createPosition({ input: await positionFields(overrides), actor: editor });
}

export function revisionsOf(entityId: string) {
  return db.revision.findMany({ where: { entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
