// Two Gaza parties under their names in full, saying which states or bodies each stands for.
// The seed holds the full names; a database seeded before gets them from the data migration
// 20261223000000_gaza_party_names_in_full, each a revision, and a name an editor has changed
// since stays as the editor left it. The short names do not change.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261223000000_gaza_party_names_in_full.json";
import { gazaPartyNamesInFull } from "@/prisma/data-migrations/20261223000000_gaza_party_names_in_full";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("gaza_party_names", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

type Seeded = { parties: { slug: string; name: string; shortName: string }[] };
const seed = JSON.parse(readFileSync("prisma/seed/israel-hamas-gaza.json", "utf8")) as Seeded;

const [asSeeded, editedSince] = list.names as [(typeof list.names)[number], (typeof list.names)[number]];
const editorsName = `${editedSince.seededAs} (as an editor named it)`;
const shortNames = new Map<string, string>();

beforeAll(async () => {
  await client.party.update({ where: { slug: asSeeded.slug }, data: { name: asSeeded.seededAs } });
  await client.party.update({ where: { slug: editedSince.slug }, data: { name: editorsName, version: 5 } });
  for (const { slug } of list.names) shortNames.set(slug, (await client.party.findUniqueOrThrow({ where: { slug } })).shortName);
  await client.dataMigration.deleteMany({ where: { name: gazaPartyNamesInFull.name } });
}, 120_000);

describe("the Gaza parties' names in full", () => {
  it("are the seed's: the collective word, then which states or bodies, under the same short name", () => {
    for (const { slug, seededAs, inFullAs } of list.names) {
      const party = seed.parties.find((p) => p.slug === slug)!;
      expect(party.name).toBe(inFullAs);
      expect(inFullAs.startsWith(`${seededAs} (`)).toBe(true);
      expect(party.shortName.length).toBeLessThan(seededAs.length + 1);
    }
  });
});

describe("the data migration to the Gaza parties' names in full", () => {
  it("renames a party still named as seeded, as a revision, keeping its short name", async () => {
    const [outcome] = await runDataMigrations(client, [gazaPartyNamesInFull]);
    expect(outcome).toMatchObject({ ranNow: true, changed: 1 });
    const party = await client.party.findUniqueOrThrow({ where: { slug: asSeeded.slug } });
    expect(party).toMatchObject({ name: asSeeded.inFullAs, shortName: shortNames.get(asSeeded.slug) });
    const revision = await client.revision.findFirstOrThrow({ where: { entityType: "party", entityId: party.id, action: "update" }, orderBy: { createdAt: "desc" } });
    expect(revision).toMatchObject({ actorLabel: "Parley data migration" });
    expect(revision.before).toMatchObject({ name: asSeeded.seededAs });
    expect(revision.after).toMatchObject({ name: asSeeded.inFullAs });
  }, 120_000);

  it("leaves a name an editor has changed since as the editor wrote it", async () => {
    expect(await client.party.findUniqueOrThrow({ where: { slug: editedSince.slug } })).toMatchObject({ name: editorsName, version: 5 });
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: gazaPartyNamesInFull.name } });
    expect(await runDataMigrations(client, [gazaPartyNamesInFull])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
