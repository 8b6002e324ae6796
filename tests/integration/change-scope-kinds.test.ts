// Which negotiations (and, for a statement, which narrower readings) a change touches, as each kind says (`changeScope` in
// lib/<kind>/<kind>-kind.ts) and lib/revisions/announce-change.ts gathers: read from the seeded
// records, so each kind's answer is checked against the database's own links.
import { afterAll, describe, expect, it } from "vitest";
import { EVERYTHING, type Scope } from "@/lib/cache/change-scope";
import { db, onQuery } from "@/lib/db/client";
import { createPosition } from "@/lib/positions/create-position";
import { scopeOfChange } from "@/lib/revisions/announce-change";
import type { Touched } from "@/lib/revisions/change-reach";
import { editor, positionFields } from "../support/editing";

afterAll(() => db.$disconnect());

/** A change to the record, as its revision describes it (the same snapshot before and after). */
const touched = (entityType: string, row: { id: string } & Record<string, unknown>): Touched => ({ entityType, entityId: row.id, before: row, after: row });

const negotiationsOf = (scope: Scope) => (scope.everything ? "everything" : [...scope.negotiations].sort());
const sorted = (ids: string[]) => [...new Set(ids)].sort();

describe("the negotiations a change touches", () => {
  it("is everything for a negotiation, and for a write that left no revision", async () => {
    const negotiation = await db.negotiation.findFirstOrThrow();
    expect(await scopeOfChange(db, [touched("negotiation", negotiation)])).toEqual(EVERYTHING);
    expect(await scopeOfChange(db, [])).toEqual(EVERYTHING);
  });

  it("is the snapshot's own negotiation for an issue, an event or a plan", async () => {
    const issue = await db.issue.findFirstOrThrow();
    const scope = await scopeOfChange(db, [touched("issue", issue)]);
    expect(negotiationsOf(scope)).toEqual([issue.negotiationId]);
    expect(scope.everything || [...scope.records]).toEqual([`issue:${issue.id}`]);
  });

  it("is its negotiation's statements, its issue, party and cell for a position — not the whole negotiation — and its plan's negotiation for a plan point", async () => {
    const position = await db.position.findFirstOrThrow({ include: { issue: true } });
    const { issue, ...row } = position;
    const scope = await scopeOfChange(db, [touched("position", row)]);
    expect(negotiationsOf(scope)).toEqual([]);
    expect(scope.everything || [...scope.records].sort()).toEqual(
      [
        `position:${row.id}`,
        `statements-of:${issue.negotiationId}`,
        `issue:${row.issueId}`,
        `party:${row.partyId}`,
        `statements-in:${row.partyId}:${row.issueId}`,
      ].sort(),
    );
    // Moved to another party's cell on another issue: both cells, issues and parties.
    const elsewhere = await db.position.findFirstOrThrow({ where: { issueId: { not: row.issueId }, partyId: { not: row.partyId } }, include: { issue: true } });
    const moved = await scopeOfChange(db, [{ entityType: "position", entityId: row.id, before: row, after: { ...row, issueId: elsewhere.issueId, partyId: elsewhere.partyId } }]);
    expect(moved.everything || [...moved.records]).toEqual(
      expect.arrayContaining([
        `statements-of:${elsewhere.issue.negotiationId}`,
        `issue:${elsewhere.issueId}`,
        `party:${elsewhere.partyId}`,
        `statements-in:${elsewhere.partyId}:${elsewhere.issueId}`,
        `statements-in:${row.partyId}:${row.issueId}`,
      ]),
    );
    const point = await db.planPoint.findFirstOrThrow({ include: { plan: true } });
    const { plan, ...pointRow } = point;
    expect(negotiationsOf(await scopeOfChange(db, [touched("planPoint", pointRow)]))).toEqual([plan.negotiationId]);
  });

  it("is every negotiation a party sits in or spoke on, and every one citing a source", async () => {
    const party = await db.party.findFirstOrThrow({ where: { negotiations: { some: {} } }, include: { negotiations: true } });
    const { negotiations, ...partyRow } = party;
    expect(negotiationsOf(await scopeOfChange(db, [touched("party", partyRow)]))).toEqual(sorted(negotiations.map((n) => n.negotiationId)));
    // A party without a seat that spoke on an issue: that issue's negotiation shows its name.
    const statement = await createPosition({ input: await positionFields(), actor: editor });
    const [speaker, spokenOn] = await Promise.all([
      db.party.findUniqueOrThrow({ where: { id: statement.partyId } }),
      db.issue.findUniqueOrThrow({ where: { id: statement.issueId } }),
    ]);
    expect(negotiationsOf(await scopeOfChange(db, [touched("party", speaker)]))).toEqual([spokenOn.negotiationId]);

    const source = await db.source.findFirstOrThrow({ where: { citations: { some: {} } } });
    const citing = await db.position.findMany({ where: { citations: { some: { sourceId: source.id } } }, select: { issue: { select: { negotiationId: true } } } });
    const scope = negotiationsOf(await scopeOfChange(db, [touched("source", source)]));
    expect(scope).toEqual(expect.arrayContaining(sorted(citing.map((c) => c.issue.negotiationId))));
    expect(scope.length).toBeGreaterThan(0);
  });

  it("is no negotiation for a new source, asked without a query: nothing cites it yet", async () => {
    const source = await db.source.findFirstOrThrow({ where: { citations: { some: {} } } });
    let queries = 0;
    const stop = onQuery(() => queries++);
    const scope = await scopeOfChange(db, [{ entityType: "source", entityId: source.id, before: null, after: source }]).finally(stop);
    expect(negotiationsOf(scope)).toEqual([]);
    expect(queries).toBe(0);
  });

  it("unites the answers of several kinds, and everything wins", async () => {
    const issue = await db.issue.findFirstOrThrow();
    const negotiation = await db.negotiation.findFirstOrThrow();
    expect(await scopeOfChange(db, [touched("issue", issue), touched("negotiation", negotiation)])).toEqual(EVERYTHING);
  });
});
