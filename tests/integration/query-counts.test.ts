// The number of SQL statements each reading page sends must not grow with the number of
// records: counted on the seeded database, then again after adding parties, positions
// (new cells and longer histories), citations and sources to the same negotiation.
// A query per row (an N+1) makes the second count larger and fails the test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPageFixture } from "@/bench/scale/find-fixture";
import { pageLoaders, type PageFixture } from "@/bench/scale/page-data";
import { db, onQuery } from "@/lib/db/client";
import { recomputePositionStatuses } from "@/lib/positions/recompute-statuses";
import { syncSearchIndex } from "@/lib/search/sync-search-index";

const ADDED_PARTIES = 3;
const ADDED_STATEMENTS_PER_CELL = 3;

async function countQueries(load: () => Promise<unknown>): Promise<number> {
  await load(); // warm: caches and first-use lookups do not count
  let count = 0;
  const stop = onQuery(() => count++);
  try {
    await load();
  } finally {
    stop();
  }
  return count;
}

async function countAll(fixture: PageFixture) {
  const counts: Record<string, number> = {};
  for (const [page, load] of Object.entries(pageLoaders)) counts[page] = await countQueries(() => load(fixture));
  return counts;
}

const created = { parties: [] as string[], sources: [] as string[], positions: [] as string[] };
let fixture: PageFixture;
let before: Record<string, number>;
let after: Record<string, number>;

/** More of everything the pages list, in the fixture's negotiation, shaped as the app writes it. */
async function addRecords(f: PageFixture) {
  const negotiation = await db.negotiation.findUniqueOrThrow({
    where: { slug: f.negotiation },
    select: { id: true, issues: { select: { id: true, slug: true } }, parties: { select: { partyId: true, order: true } } },
  });
  const fixtureParty = await db.party.findUniqueOrThrow({ where: { slug: f.party }, select: { id: true } });
  const tag = Date.now().toString(36);
  for (let i = 0; i < ADDED_PARTIES; i++) {
    const party = await db.party.create({
      data: { slug: `qc-${tag}-${i}`, name: `Query-count party ${i}`, shortName: `QC ${i}`, kind: "state", colour: "#123456" },
    });
    created.parties.push(party.id);
    await db.negotiationParty.create({ data: { negotiationId: negotiation.id, partyId: party.id, order: 100 + i } });
  }
  for (let i = 0; i < 4; i++) {
    const source = await db.source.create({
      data: { outlet: "Query-count wire", title: `Ceasefire talks resume, report ${i}`, url: `https://example.org/qc/${tag}/${i}`, publishedOn: "2025-06-01" },
    });
    created.sources.push(source.id);
  }
  // New cells for the new parties on every issue, and longer histories in the fixture
  // party's cells (earlier statements, superseded by the rule of lib/positions).
  const cells = [
    ...created.parties.flatMap((partyId) => negotiation.issues.map((issue) => ({ partyId, issueId: issue.id }))),
    ...negotiation.issues.map((issue) => ({ partyId: fixtureParty.id, issueId: issue.id })),
  ];
  for (const cell of cells) {
    for (let k = 0; k < ADDED_STATEMENTS_PER_CELL; k++) {
      const position = await db.position.create({
        data: {
          ...cell, stance: "demands", summary: `Query-count statement ${k}: a ceasefire first.`,
          statedOn: new Date(Date.UTC(2001, 0, 1 + k)), status: "superseded",
          citations: { create: created.sources.slice(0, 2).map((sourceId, order) => ({ sourceId, attribution: "media-report", order })) },
        },
      });
      created.positions.push(position.id);
      await syncSearchIndex(db, { entityType: "position", entityId: position.id });
    }
    await recomputePositionStatuses(db, cell);
  }
  for (const sourceId of created.sources) await syncSearchIndex(db, { entityType: "source", entityId: sourceId });
}

async function removeRecords() {
  const { parties, sources, positions } = created;
  await db.citation.deleteMany({ where: { positionId: { in: positions } } });
  await db.position.updateMany({ where: { id: { in: positions } }, data: { supersededById: null } });
  // Seeded statements the added ones were folded into get their stored status back.
  const touched = await db.position.findMany({ where: { id: { in: positions } }, select: { partyId: true, issueId: true }, distinct: ["partyId", "issueId"] });
  await db.position.deleteMany({ where: { id: { in: positions } } });
  for (const cell of touched) await recomputePositionStatuses(db, cell);
  await db.negotiationParty.deleteMany({ where: { partyId: { in: parties } } });
  await db.party.deleteMany({ where: { id: { in: parties } } });
  await db.source.deleteMany({ where: { id: { in: sources } } });
  for (const [kind, ids] of [["position", positions], ["source", sources]] as const) {
    await db.$executeRawUnsafe(`DELETE FROM "SearchDocument" WHERE "kind" = '${kind}' AND "refId" IN (${ids.map((id) => `'${id}'`).join(", ") || "''"})`);
  }
}

beforeAll(async () => {
  fixture = await findPageFixture(db, { negotiation: "russia-ukraine" });
  before = await countAll(fixture);
  await addRecords(fixture);
  after = await countAll(fixture);
}, 120_000);

afterAll(async () => {
  await removeRecords();
  await db.$disconnect();
});

describe("queries per reading page", () => {
  it("are counted for every page", () => {
    for (const page of Object.keys(pageLoaders)) expect(before[page], page).toBeGreaterThan(0);
  });

  it("the added records are on the pages", async () => {
    const matrix = await import("@/lib/negotiations/get-matrix").then((m) => m.getMatrix({ slug: fixture.negotiation }));
    expect(matrix!.parties.filter((p) => p.slug.startsWith("qc-"))).toHaveLength(ADDED_PARTIES);
    expect(created.positions.length).toBeGreaterThan(ADDED_PARTIES * ADDED_STATEMENTS_PER_CELL);
  });

  for (const page of Object.keys(pageLoaders).filter((p) => p !== "search")) {
    it(`${page}: the same number of statements with more records`, () => {
      expect(after[page], `${page}: ${before[page]} statements before, ${after[page]} after`).toBe(before[page]);
    });
  }

  // Which kinds of record are on the first page of hits decides whether their links need
  // a query (one per kind, never per hit), so the count may fall but never rise.
  it("search: no more statements with more matching records", () => {
    expect(after.search, `search: ${before.search} statements before, ${after.search} after`).toBeLessThanOrEqual(before.search!);
  });
});
