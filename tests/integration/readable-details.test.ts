// Details in readers' words. The seed holds positions' details with names and acronyms
// written as such, units named, figures grouped and parties by name; a database seeded before
// gets them so from the data migration 20261213000000_readable_details, each a revision, and
// details an editor has changed since stay as the editor left them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";
import { rebuildSearchIndex } from "@/lib/search/sync-search-index";
import list from "@/prisma/data-migrations/20261213000000_readable_details.json";
import { readableDetails } from "@/prisma/data-migrations/20261213000000_readable_details";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("readable_details", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const [editedSince, ...asSeeded] = list.positions as [(typeof list.positions)[number], ...(typeof list.positions)[number][]];
const editorsWords = `${editedSince.seededAs}\nAdded by an editor: checked against the text.`;
const detailsOf = async (id: string) => (await client.position.findUniqueOrThrow({ where: { id }, select: { details: true } })).details;
const withLoan = list.positions.find((p) => p.seededAs.includes("Loan eur: "))!;

/** Puts the seeded database back in the first seed's words, one position since changed by an editor. */
async function makeOld() {
  for (const { id, seededAs } of asSeeded) await client.position.update({ where: { id }, data: { details: seededAs } });
  await client.position.update({ where: { id: editedSince.id }, data: { details: editorsWords, version: { increment: 1 } } });
  await client.dataMigration.deleteMany({ where: { name: readableDetails.name } });
  await rebuildSearchIndex(client);
}

const findsLoanInEuros = async () =>
  (await search(searchInput.parse({ q: "Loan euros", kind: "position" }))).hits.some((hit) => hit.id === withLoan.id);

beforeAll(async () => {
  expect(list.positions.length).toBeGreaterThan(50);
  // The seed itself is in readers' words.
  for (const { id, readableAs } of list.positions) expect(await detailsOf(id)).toBe(readableAs);
  await makeOld();
  expect(await findsLoanInEuros()).toBe(false);
}, 120_000);

describe("the data migration to details in readers' words", () => {
  it("rewrites every position's details still as seeded, each a revision", async () => {
    const [outcome] = await runDataMigrations(client, [readableDetails]);
    expect(outcome).toMatchObject({ ranNow: true, changed: asSeeded.length });
    for (const { id, readableAs } of asSeeded) expect(await detailsOf(id)).toBe(readableAs);
    expect(withLoan.readableAs).toContain("Loan (euros): 90,000,000,000");
    const revision = await client.revision.findFirstOrThrow({ where: { entityType: "position", entityId: withLoan.id, action: "update" }, orderBy: { createdAt: "desc" } });
    expect(revision).toMatchObject({ actorLabel: "Parley data migration" });
    expect(revision.note).toMatch(/^Details in readers' words/);
  }, 120_000);

  it("finds a position by its details' new words", async () => {
    expect(await findsLoanInEuros()).toBe(true);
  });

  it("leaves details an editor has changed since as the editor wrote them", async () => {
    expect(await detailsOf(editedSince.id)).toBe(editorsWords);
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: readableDetails.name } });
    expect(await runDataMigrations(client, [readableDetails])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
