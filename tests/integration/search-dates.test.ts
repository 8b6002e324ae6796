// A search hit gives its record's date at the precision the record gives it: a statement
// dated "May 2025" is shown as May 2025, never as the 1st of May, on the page and in the
// API's answer. The date filters still read a partial date as the first day of its period.
// A database indexed before is brought up to date by a data migration.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as searchRoute from "@/app/api/v1/search/route";
import { searchResult } from "@/lib/api/schemas/search";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/events/create-event";
import { updateEvent } from "@/lib/events/update-event";
import { toEventInput } from "@/lib/events/event-input";
import { loadEventSnapshot } from "@/lib/events/event-snapshot";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";
import { searchDatesAtPrecision } from "@/prisma/data-migrations/20261221000000_search_dates_at_precision";
import { editor, newParty, newPosition, newSource, seeded, unique } from "../support/editing";
import { call, readBody, type RouteModule } from "./api-support";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("search_dates", "seeded"));

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const find = (params: Record<string, unknown>) => search(searchInput.parse(params));
const datesOf = async (params: Record<string, unknown>) => Object.fromEntries((await find(params)).hits.map((h) => [`${h.kind}:${h.id}`, h.date]));

// A word no seeded record holds, so each search finds the records made here alone.
const word = `zyxw${Date.now().toString(36)}`;
const made = {} as Record<"monthPosition" | "yearPosition" | "event" | "commitment" | "source" | "plan" | "point", string>;

beforeAll(async () => {
  const [{ negotiation }, party] = await Promise.all([seeded(), newParty()]);
  const [monthPosition, yearPosition, source] = await Promise.all([
    newPosition({ summary: `Ruritania wants a pause ${word}.`, statedOn: "2024-03" }),
    newPosition({ summary: `Ruritania wants a longer pause ${word}.`, statedOn: "2023" }),
    newSource({ title: `Ruritanian Gazette on the pause ${word}`, publishedOn: "2025-05" }),
  ]);
  const event = await createEvent({
    input: { negotiationId: negotiation.id, slug: unique("round"), name: `Round of talks ${word}`, date: "2024-07", location: null, summary: "Delegations met.", participantIds: [], sourceIds: [] },
    actor: editor,
  });
  const commitment = await createCommitment({
    input: { negotiationId: negotiation.id, eventId: event.id, summary: `A promise made at the round ${word}`, status: "promised", evidence: null, partyIds: [party.id], sourceIds: [] },
    actor: editor,
  });
  // A plan the seed dates to its month alone, given a point of its own.
  const plan = await db.plan.findFirstOrThrow({ where: { datePrecision: "month", retractedAt: null }, select: { id: true } });
  const point = await createPlanPoint({
    input: { planId: plan.id, number: unique("p"), numberPrinted: true, order: 999, summary: `A point on the pause ${word}`, issueIds: [], revisesId: null, change: null, changeNote: null },
    actor: editor,
  });
  Object.assign(made, { plan: plan.id, point: point.id, monthPosition: monthPosition.id, yearPosition: yearPosition.id, event: event.id, commitment: commitment.id, source: source.id });
}, 60_000);

describe("a search hit's date", () => {
  it("is a seeded statement's month when only its month is known", async () => {
    const dates = await datesOf({ q: "Gaza Humanitarian Foundation", kind: "position" });
    expect(dates).toMatchObject({ "position:us-2025-ghf-backing": "2025-05", "position:un-2025-reject-ghf-model": "2025-05", "position:il-2025-ghf-aid": "2025-05-14" });
  });

  it("has each kind's own precision: statements, events, the commitments made at them, plans and their points, sources", async () => {
    expect(await datesOf({ q: word, kind: undefined })).toMatchObject({
      [`position:${made.monthPosition}`]: "2024-03",
      [`position:${made.yearPosition}`]: "2023",
      [`event:${made.event}`]: "2024-07",
      [`commitment:${made.commitment}`]: "2024-07",
      [`source:${made.source}`]: "2025-05",
    });
    const plan = await db.plan.findUniqueOrThrow({ where: { id: made.plan }, select: { title: true, date: true, datePrecision: true } });
    expect(plan.datePrecision).toBe("month");
    const month = plan.date.toISOString().slice(0, 7);
    expect(await datesOf({ q: `"${plan.title}"`, kind: "plan" })).toMatchObject({ [`plan:${made.plan}`]: month });
    expect(await datesOf({ q: word, kind: "planPoint" })).toEqual({ [`planPoint:${made.point}`]: month });
  });

  it("follows a change to the event a commitment was made at", async () => {
    const event = (await loadEventSnapshot(db, made.event))!;
    await updateEvent({ id: event.id, version: event.version, input: { ...toEventInput(event), date: "2024-07-21" }, actor: editor });
    expect(await datesOf({ q: word, kind: "commitment" })).toEqual({ [`commitment:${made.commitment}`]: "2024-07-21" });
    const changed = (await loadEventSnapshot(db, made.event))!;
    await updateEvent({ id: event.id, version: changed.version, input: { ...toEventInput(changed), date: "2024-07" }, actor: editor });
    expect(await datesOf({ q: word, kind: "commitment" })).toEqual({ [`commitment:${made.commitment}`]: "2024-07" });
  });

  it("is given so by the API", async () => {
    const body = await readBody(await call(searchRoute as RouteModule, "GET", "/api/v1/search?q=Gaza+Humanitarian+Foundation&kind=position"), searchResult);
    expect(body.hits.find((h) => h.id === "us-2025-ghf-backing")?.date).toBe("2025-05");
  });
});

describe("the date filters", () => {
  it("read a partial date as the first day of its period, as before", async () => {
    const hits = async (from?: string, to?: string) => Object.keys(await datesOf({ q: word, from, to })).sort();
    expect(await hits("2024-03-01", "2024-03-31")).toEqual([`position:${made.monthPosition}`]);
    expect(await hits("2024-03-02", "2024-12-31")).toEqual([`commitment:${made.commitment}`, `event:${made.event}`].sort());
    expect(await hits(undefined, "2024-02-29")).toEqual([`position:${made.yearPosition}`]);
    expect(await hits("2023-01-01", "2023-01-01")).toEqual([`position:${made.yearPosition}`]);
    // A source's date was always stored as written; from its month's first day it is in range.
    expect(await hits("2025-05-01")).toEqual([`planPoint:${made.point}`, `source:${made.source}`].sort());
  });
});

describe("the data migration", () => {
  it("writes anew the documents that gave a partial date as its first day, and only those, once", async () => {
    // As a database indexed before holds them: every date a full day.
    await db.$executeRaw`UPDATE "SearchDocument" SET "date" = "date" || '-01' WHERE LENGTH("date") = 7 AND "kind" <> 'source'`;
    await db.$executeRaw`UPDATE "SearchDocument" SET "date" = "date" || '-01-01' WHERE LENGTH("date") = 4 AND "kind" <> 'source'`;
    const sourceDate = async () => (await datesOf({ q: word, kind: "source" }))[`source:${made.source}`];
    expect((await datesOf({ q: "Gaza Humanitarian Foundation", kind: "position" }))["position:us-2025-ghf-backing"]).toBe("2025-05-01");
    const stale = await db.$queryRaw<{ n: bigint | number }[]>`
      SELECT COUNT(*) AS "n" FROM "SearchDocument" d
      WHERE ("kind" = 'position' AND "refId" IN (SELECT "id" FROM "Position" WHERE "statedOnPrecision" <> 'day' AND "retractedAt" IS NULL))`;
    expect(Number(stale[0]!.n)).toBeGreaterThan(2);

    const outcome = await db.$transaction((tx) => searchDatesAtPrecision.run(tx, editor));
    expect(outcome.changed).toBeGreaterThanOrEqual(Number(stale[0]!.n) + 4);
    expect(await datesOf({ q: word })).toMatchObject({ [`position:${made.monthPosition}`]: "2024-03", [`position:${made.yearPosition}`]: "2023", [`event:${made.event}`]: "2024-07" });
    expect((await datesOf({ q: "Gaza Humanitarian Foundation", kind: "position" }))["position:us-2025-ghf-backing"]).toBe("2025-05");
    expect(await sourceDate()).toBe("2025-05");
    expect(await db.$transaction((tx) => searchDatesAtPrecision.run(tx, editor))).toEqual({ changed: 0 });
  });
});
