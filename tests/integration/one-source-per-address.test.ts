// One article, one source. The seed records each address once; a database seeded before, with
// the 25 articles the first seed recorded twice, gets them merged by the data migration
// 20261211000000_one_source_per_address: every record citing the copy cites the record kept,
// with a revision each and its quotes as they were, the copy is retracted, and the record
// kept takes the preferred description. What an editor has since changed stays: a copy given
// another address, and a statement citing both with different words.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261211000000_one_source_per_address.json";
import { oneSourcePerAddress } from "@/prisma/data-migrations/20261211000000_one_source_per_address";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("one_source", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

type Address = (typeof list.addresses)[number];
type CitedBy = Record<"positions" | "events" | "commitments" | "plans", string[]>;
const copies = list.addresses.flatMap((a) => a.copies.map((c) => ({ ...c, citedBy: c.citedBy as CitedBy, address: a })));
// Editors' own changes the migration must leave: this copy now has an address of its own…
const movedAway = copies.find((c) => c.citedBy.positions.length === 0 && c.citedBy.plans.length > 0)!;
// …and a statement citing this copy also cites the record kept, with other words quoted.
const citedTwice = copies.find((c) => c !== movedAway && c.citedBy.positions.length > 0)!;
const citedTwicePosition = citedTwice.citedBy.positions[0]!;
const movedUrl = "https://example.org/one-source-per-address/moved";

async function visibleAt(url: string) {
  return client.source.findMany({ where: { url, retractedAt: null }, select: { id: true } });
}

/** The seeded citations of a record that the first seed had citing the copy, as stored now. */
async function citationsOf(positionId: string) {
  return client.citation.findMany({ where: { positionId }, select: { sourceId: true, attribution: true, quote: true, speaker: true, order: true }, orderBy: { order: "asc" } });
}

/** Puts the seeded database back as the first seed left it: each copy recorded and cited, each kept record in its first words. */
async function makeOld() {
  for (const address of list.addresses) {
    await client.source.update({ where: { id: address.key }, data: address.seededAs });
    for (const { key, outlet, title, publishedOn, citedBy } of copies.filter((c) => c.address === address)) {
      await client.source.create({ data: { id: key, outlet, title, publishedOn, url: address.url } });
      const to = { sourceId: key };
      for (const positionId of citedBy.positions) await client.citation.update({ where: { positionId_sourceId: { positionId, sourceId: address.key } }, data: to });
      for (const slug of citedBy.events) {
        const { id } = await client.event.findUniqueOrThrow({ where: { slug }, select: { id: true } });
        await client.eventSource.update({ where: { eventId_sourceId: { eventId: id, sourceId: address.key } }, data: to });
      }
      for (const commitmentId of citedBy.commitments) await client.commitmentSource.update({ where: { commitmentId_sourceId: { commitmentId, sourceId: address.key } }, data: to });
      for (const planId of citedBy.plans) await client.planSource.update({ where: { planId_sourceId: { planId, sourceId: address.key } }, data: to });
    }
  }
  await client.source.update({ where: { id: movedAway.key }, data: { url: movedUrl } });
  // The seed quotes words on a statement's first source only: the copy's citation gets some.
  const ofCopy = { positionId_sourceId: { positionId: citedTwicePosition, sourceId: citedTwice.key } };
  if (!(await client.citation.findUniqueOrThrow({ where: ofCopy })).quote) await client.citation.update({ where: ofCopy, data: { quote: "Words from the copy." } });
  await client.citation.create({
    data: { positionId: citedTwicePosition, sourceId: citedTwice.address.key, attribution: "media-report", quote: "Words from the record kept.", order: 9 },
  });
  await client.dataMigration.deleteMany({ where: { name: oneSourcePerAddress.name } });
}

let before: Map<string, Awaited<ReturnType<typeof citationsOf>>>;

beforeAll(async () => {
  expect(list.addresses).toHaveLength(25);
  // Commitments the seed has since merged into others (one-commitment-per-promise.test.ts) cite nothing here.
  const commitments = new Set((await client.commitment.findMany({ select: { id: true } })).map((c) => c.id));
  for (const copy of copies) copy.citedBy = { ...copy.citedBy, commitments: copy.citedBy.commitments.filter((id) => commitments.has(id)) };
  // The seed itself: one visible source per address.
  const groups = await client.source.groupBy({ by: ["url"], where: { retractedAt: null, url: { not: null } }, _count: { _all: true } });
  expect(groups.filter((g) => g._count._all > 1)).toEqual([]);
  await makeOld();
  const positions = [...new Set(copies.flatMap((c) => c.citedBy.positions))];
  before = new Map(await Promise.all(positions.map(async (id) => [id, await citationsOf(id)] as const)));
}, 120_000);

describe("the data migration to one source per address", () => {
  it("points what cited each copy at the record kept, retracts the copy and keeps the preferred words", async () => {
    const [outcome] = await runDataMigrations(client, [oneSourcePerAddress]);
    const merged = copies.filter((c) => c !== movedAway && c !== citedTwice);
    const cites = (c: (typeof copies)[number]) => Object.values(c.citedBy).flat().length;
    const described = list.addresses.filter((a: Address) => JSON.stringify(a.seededAs) !== JSON.stringify(a.describedAs));
    // The two addresses an editor kept apart keep their first words too.
    const describedNow = described.filter((a) => a !== movedAway.address && a !== citedTwice.address);
    const repointed = merged.reduce((n, c) => n + cites(c), 0) + cites(citedTwice) - 1;
    expect(outcome).toMatchObject({ ranNow: true, changed: repointed + merged.length + describedNow.length });

    for (const copy of merged) {
      expect(await visibleAt(copy.address.url)).toEqual([{ id: copy.address.key }]);
      const retraction = await client.revision.findFirstOrThrow({ where: { entityType: "source", entityId: copy.key, action: "retract" } });
      expect(retraction).toMatchObject({ actorLabel: "Parley data migration" });
      expect(retraction.note).toMatch(/^The same article as another source at this address/);
      for (const positionId of copy.citedBy.positions) {
        // The same citation, quote and all, of the record kept.
        expect(await citationsOf(positionId)).toEqual(before.get(positionId)!.map((c) => (c.sourceId === copy.key ? { ...c, sourceId: copy.address.key } : c)));
        const revision = await client.revision.findFirstOrThrow({ where: { entityType: "position", entityId: positionId, action: "update" }, orderBy: { createdAt: "desc" } });
        expect(revision.note).toMatch(/^Cites the one record of this article/);
      }
      for (const planId of copy.citedBy.plans) {
        expect(await client.planSource.findMany({ where: { planId, sourceId: { in: [copy.key, copy.address.key] } }, select: { sourceId: true } })).toEqual([{ sourceId: copy.address.key }]);
      }
      for (const commitmentId of copy.citedBy.commitments) {
        expect(await client.commitmentSource.count({ where: { commitmentId, sourceId: copy.address.key } })).toBe(1);
      }
      for (const slug of copy.citedBy.events) {
        expect(await client.eventSource.count({ where: { event: { slug }, sourceId: copy.address.key } })).toBe(1);
      }
    }
    for (const address of describedNow) {
      const kept = await client.source.findUniqueOrThrow({ where: { id: address.key }, select: { outlet: true, title: true, publishedOn: true } });
      expect(kept).toEqual(address.describedAs);
      expect(await client.revision.count({ where: { entityType: "source", entityId: address.key, action: "update" } })).toBe(1);
    }
  }, 120_000);

  it("leaves what an editor changed since: a copy moved to another address, a statement citing both with other words", async () => {
    expect(await visibleAt(movedUrl)).toEqual([{ id: movedAway.key }]);
    expect(await client.planSource.count({ where: { sourceId: movedAway.key } })).toBe(movedAway.citedBy.plans.length);
    expect((await visibleAt(citedTwice.address.url)).map((s) => s.id).sort()).toEqual([citedTwice.address.key, citedTwice.key].sort());
    expect((await citationsOf(citedTwicePosition)).map((c) => c.sourceId)).toEqual(expect.arrayContaining([citedTwice.key, citedTwice.address.key]));
    expect(await client.source.findUniqueOrThrow({ where: { id: citedTwice.address.key }, select: { title: true } })).toEqual({ title: citedTwice.address.seededAs.title });
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: oneSourcePerAddress.name } });
    expect(await runDataMigrations(client, [oneSourcePerAddress])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
