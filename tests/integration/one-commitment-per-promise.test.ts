// One promise, one commitment. The reference data records three promises of one deal twice;
// the seed keeps one record of each, with the other's sources and what only the other said. A
// database seeded before gets them merged by the data migration
// 20261212000000_one_commitment_per_promise: the record kept takes the merged words and
// sources, the other is retracted, each a revision, and the negotiation counts each promise
// once. A second record an editor has changed since stays.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261212000000_one_commitment_per_promise.json";
import { oneCommitmentPerPromise } from "@/prisma/data-migrations/20261212000000_one_commitment_per_promise";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("one_commitment", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const [merged, other, editedSince] = list.promises as [(typeof list.promises)[number], (typeof list.promises)[number], (typeof list.promises)[number]];
const visibleOfNegotiation = () => client.commitment.count({ where: { negotiation: { slug: list.negotiation }, retractedAt: null } });
const sourcesOf = async (commitmentId: string) =>
  (await client.commitmentSource.findMany({ where: { commitmentId }, select: { sourceId: true }, orderBy: { order: "asc" } })).map((s) => s.sourceId);

/** Puts the seeded database back as the first seed left it: each promise recorded twice, the kept record in its first words. */
async function makeOld() {
  const negotiation = await client.negotiation.findUniqueOrThrow({ where: { slug: list.negotiation }, select: { id: true } });
  for (const { keep, seededAs, duplicate } of list.promises) {
    await client.commitment.update({ where: { id: keep }, data: { summary: seededAs.summary, evidence: seededAs.evidence } });
    await client.commitmentSource.deleteMany({ where: { commitmentId: keep, sourceId: { notIn: seededAs.sources } } });
    const event = await client.event.findUniqueOrThrow({ where: { slug: duplicate.event }, select: { id: true } });
    const parties = await client.party.findMany({ where: { slug: { in: duplicate.parties } }, select: { id: true } });
    await client.commitment.create({
      data: {
        id: duplicate.id,
        negotiationId: negotiation.id,
        eventId: event.id,
        summary: duplicate.summary,
        status: duplicate.status,
        evidence: duplicate.evidence,
        parties: { create: parties.map((p) => ({ partyId: p.id })) },
        sources: { create: duplicate.sources.map((sourceId, order) => ({ sourceId, order })) },
      },
    });
  }
  // An editor has since added to one second record's evidence.
  await client.commitment.update({ where: { id: editedSince.duplicate.id }, data: { evidence: `${editedSince.duplicate.evidence} Confirmed again later.`, version: 2 } });
  await client.dataMigration.deleteMany({ where: { name: oneCommitmentPerPromise.name } });
}

let seededCount: number;

beforeAll(async () => {
  expect(list.promises).toHaveLength(3);
  seededCount = await visibleOfNegotiation();
  // The seed itself holds one record of each promise.
  expect(await client.commitment.count({ where: { id: { in: list.promises.map((p) => p.duplicate.id) } } })).toBe(0);
  await makeOld();
  expect(await visibleOfNegotiation()).toBe(seededCount + 3);
}, 120_000);

describe("the data migration to one commitment per promise", () => {
  it("gives the record kept the other's sources and words, retracts the other, and counts each promise once", async () => {
    const [outcome] = await runDataMigrations(client, [oneCommitmentPerPromise]);
    // Two records kept changed and two others retracted; the one edited since is left.
    expect(outcome).toMatchObject({ ranNow: true, changed: 4 });
    expect(await visibleOfNegotiation()).toBe(seededCount + 1);
    for (const { keep, mergedAs, duplicate } of [merged, other]) {
      const kept = await client.commitment.findUniqueOrThrow({ where: { id: keep }, select: { summary: true, evidence: true, status: true } });
      expect(kept).toEqual({ summary: mergedAs.summary, evidence: mergedAs.evidence, status: duplicate.status });
      expect(await sourcesOf(keep)).toEqual(mergedAs.sources);
      const update = await client.revision.findFirstOrThrow({ where: { entityType: "commitment", entityId: keep, action: "update" } });
      expect(update).toMatchObject({ actorLabel: "Parley data migration" });
      expect(update.note).toMatch(/^One record of this promise/);
      const retraction = await client.revision.findFirstOrThrow({ where: { entityType: "commitment", entityId: duplicate.id, action: "retract" } });
      expect(retraction.note).toMatch(/^The same promise as another commitment/);
    }
  }, 120_000);

  it("leaves a second record an editor has changed since, and its kept record, as they are", async () => {
    expect(await client.commitment.findUniqueOrThrow({ where: { id: editedSince.duplicate.id }, select: { retractedAt: true } })).toEqual({ retractedAt: null });
    const kept = await client.commitment.findUniqueOrThrow({ where: { id: editedSince.keep }, select: { summary: true, evidence: true } });
    expect(kept).toEqual({ summary: editedSince.seededAs.summary, evidence: editedSince.seededAs.evidence });
    expect(await sourcesOf(editedSince.keep)).toEqual(editedSince.seededAs.sources);
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: oneCommitmentPerPromise.name } });
    expect(await runDataMigrations(client, [oneCommitmentPerPromise])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
