// The data migration to party-neutral territorial claims, on a database as an earlier
// Parley left it: the seeded record with its claims in the old words, no areas, and the
// nuclear-plant issue still general. Run, it gives the seed's claims in the new words, a
// revision per changed position, areas held as the old words assumed, and every pinned
// comparison class (the regression guard of comparison-classes-pinned.test.ts, on the
// migrated database); the later migration then makes the plant's area and codes the claims
// on it. It runs once; an import of an export made before it (format version 1) comes out
// the same way.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applyDataMigrations, runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { createDb, db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { exportDataset } from "@/lib/export/export-dataset";
import { importDataset, readExportFile } from "@/lib/export/import-dataset";
import { dataMigrations } from "@/prisma/data-migrations";
import plant from "@/prisma/data-migrations/20261207000000_nuclear_plant_territory.json";
import { comparisonClasses } from "../support/comparison-classes";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";
import { readBundledSeed } from "../support/seed-file";
import { runSeedScript } from "../support/seeded-database";

const seed = readBundledSeed();
// The claims on the nuclear plant came later, with its issue's territory kind.
const plantClaims = new Map(seed.positions.filter((p) => p.issue === plant.issue && p.terms).map((p) => [p.id, p.terms]));
const seededTerms = new Map(seed.positions.filter((p) => p.terms && "claims" in p.terms && !plantClaims.has(p.id)).map((p) => [p.id, p.terms]));
// A position coded with no claim reads the same in either words: only the others change.
const withClaims = [...seededTerms].filter(([, terms]) => (terms as { claims: unknown[] }).claims.length > 0).map(([id]) => id);
const pinned = JSON.parse(readFileSync("tests/fixtures/russia-ukraine-comparison-classes.json", "utf8")) as {
  negotiation: string;
  issues: string[];
  dates: string[];
  classes: Record<string, string>;
};

// The old words, from the new ones (the inverse of the migration's table).
function oldWords(claim: { area: string; outcome: string; party?: string; recognition?: string }) {
  const key = [claim.outcome, claim.party, claim.recognition].filter(Boolean).join(" ");
  const word = {
    "held-by russia de-jure": "recognised-russian-de-jure",
    "held-by russia de-facto": "recognised-russian-de-facto",
    "withdrawal ukraine": "ukrainian-withdrawal",
    "frozen-line": "freeze-at-line",
    demilitarised: "demilitarised-zone",
    "withdrawal russia": "russian-withdrawal",
    "held-by ukraine de-jure": "return-to-ukraine",
    undecided: "undecided",
  }[key];
  if (!word) throw new Error(`no old word for ${key}`);
  return { region: claim.area, claim: word };
}

/** Puts a seeded database back as an earlier Parley left it: claims in the old words, no areas, the plant's issue general, no memory of migrations. */
async function makeOld(client: Db) {
  for (const [id, terms] of seededTerms) {
    const claims = (terms as { claims: Parameters<typeof oldWords>[0][] }).claims.map(oldWords);
    await client.position.update({ where: { id }, data: { terms: { claims } } });
  }
  await client.issue.updateMany({ where: { slug: plant.issue }, data: { kind: "general" } });
  await client.position.updateMany({ where: { id: { in: [...plantClaims.keys()] } }, data: { terms: Prisma.DbNull, termsConfidence: null, termsNote: null } });
  const areas = await client.area.findMany({ select: { id: true } });
  await client.revision.deleteMany({ where: { entityType: "area" } });
  await client.$executeRawUnsafe(`DELETE FROM "SearchDocument" WHERE "kind" = 'area'`);
  await client.area.updateMany({ data: { parentId: null } });
  await client.area.deleteMany({ where: { id: { in: areas.map((a) => a.id) } } });
  await client.dataMigration.deleteMany();
}

// The seeded database made old, this file's own (tests/support/own-database.ts), and an empty
// one to import into.
const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("data_migration", "seeded"));
const client = db;
let imported: EmptyDatabase;
let importedClient: Db;
let oldFile: string;

beforeAll(async () => {
  imported = await createEmptyDatabase("data_migration_import");
  importedClient = createDb(imported.url);
  await makeOld(client);
  // What an earlier Parley's export of it looked like: format version 1, no areas section.
  const { areas: _areas, ...file } = (await exportDataset({ db: client })) as Record<string, unknown>;
  oldFile = JSON.stringify({ ...file, formatVersion: 1 });
}, 240_000);

afterAll(async () => {
  await Promise.all([db.$disconnect(), importedClient?.$disconnect()]);
  await Promise.all([database.drop(), imported?.drop()]);
});

async function expectMigrated(db: Db) {
  const positions = await db.position.findMany({ where: { id: { in: [...seededTerms.keys()] } }, select: { id: true, terms: true } });
  expect(positions).toHaveLength(32);
  for (const p of positions) expect(p.terms, p.id).toEqual(seededTerms.get(p.id));
  const byMigrations = await db.revision.findMany({ where: { entityType: "position", actorLabel: "Parley data migration" } });
  expect(byMigrations.filter((r) => plantClaims.has(r.entityId))).toHaveLength(plantClaims.size);
  const revisions = byMigrations.filter((r) => !plantClaims.has(r.entityId));
  expect(revisions.map((r) => r.entityId).sort()).toEqual([...withClaims].sort());
  for (const r of revisions) {
    expect(r.note).toMatch(/^Territorial claims rewritten in party-neutral words/);
    expect((r.before as { terms: unknown }).terms).toEqual({ claims: (seededTerms.get(r.entityId) as { claims: Parameters<typeof oldWords>[0][] }).claims.map(oldWords) });
    expect((r.after as { terms: unknown }).terms).toEqual(seededTerms.get(r.entityId));
  }
  const areas = await db.area.findMany({ select: { slug: true, name: true, heldInPart: true, heldBy: { select: { slug: true } } }, orderBy: { order: "asc" } });
  expect(areas.map((a) => [a.slug, a.name, a.heldBy?.slug, a.heldInPart])).toEqual([
    ["crimea", "Crimea", "russia", false],
    // A front line runs through them: 20261210000000_areas_held_in_part.
    ["donetsk", "Donetsk region", "russia", true],
    ["luhansk", "Luhansk region", "russia", false],
    ["zaporizhzhia", "Zaporizhzhia region", "russia", true],
    ["kherson", "Kherson region", "russia", true],
    // Held only in pockets: 20261209000000_seeded_records_as_stated records no holder.
    ["kharkiv", "Kharkiv region", undefined, false],
    ["sumy", "Sumy region", undefined, false],
    ["dnipropetrovsk", "Dnipropetrovsk region", undefined, false],
    ["mykolaiv", "Mykolaiv region", undefined, false],
    ["zaporizhzhia-npp", "Zaporizhzhia nuclear power plant", "russia", false],
  ]);
  const npp = await db.area.findFirst({ where: { slug: "zaporizhzhia-npp" }, select: { parent: { select: { slug: true } } } });
  expect(npp?.parent?.slug).toBe("zaporizhzhia");
  expect(await db.revision.count({ where: { entityType: "area", action: "create" } })).toBe(10);
  const coded = await db.position.findMany({ where: { id: { in: [...plantClaims.keys()] } }, select: { id: true, terms: true } });
  expect(Object.fromEntries(coded.map((p) => [p.id, p.terms]))).toEqual(Object.fromEntries(plantClaims));
}

describe("the data migration to party-neutral territorial claims", () => {
  it("rewrites an earlier database's claims, with a revision each, and areas held as the old words assumed", async () => {
    expect(withClaims).toHaveLength(27);
    const outcomes = await runDataMigrations(client, dataMigrations);
    expect(outcomes).toEqual([
      expect.objectContaining({ name: "20261204000000_party_neutral_territory", ranNow: true, changed: 27 + 9 }),
      // The seed already has the newer kinds: nothing for those migrations to do here.
      expect.objectContaining({ name: "20261205000000_new_issue_kinds", ranNow: true, changed: 0 }),
      expect.objectContaining({ name: "20261206000000_gaza_issue_kinds", ranNow: true, changed: 0 }),
      // The plant's area, its issue and the three positions that say who should hold it.
      expect.objectContaining({ name: "20261207000000_nuclear_plant_territory", ranNow: true, changed: 1 + 1 + 3 }),
      // The seed already gives the mark-up its point count.
      expect.objectContaining({ name: "20261208000000_mark_up_point_count", ranNow: true, changed: 0 }),
      // The four regions held only in pockets lose the holder the old words assumed; the
      // seed already gives the events the participants their records name.
      expect.objectContaining({ name: "20261209000000_seeded_records_as_stated", ranNow: true, changed: 4 }),
      // The three regions a front line runs through, made held whole by the first.
      expect.objectContaining({ name: "20261210000000_areas_held_in_part", ranNow: true, changed: 3 }),
      // The seed already records each address and each promise once (one-source-per-address.test.ts,
      // one-commitment-per-promise.test.ts).
      expect.objectContaining({ name: "20261211000000_one_source_per_address", ranNow: true, changed: 0 }),
      expect.objectContaining({ name: "20261212000000_one_commitment_per_promise", ranNow: true, changed: 0 }),
      // The seed's details are in readers' words already (readable-details.test.ts).
      expect.objectContaining({ name: "20261213000000_readable_details", ranNow: true, changed: 0 }),
      expect.objectContaining({ name: "20261214000000_notes_in_plain_words", ranNow: true, changed: 0 }),
      // The seed indexes sources' titles alone already (source-titles-indexed-alone.test.ts).
      expect.objectContaining({ name: "20261215000000_source_titles_indexed_alone", ranNow: true, changed: 0 }),
      // The seed's summaries are in Parley's own words already (summaries-in-own-words.test.ts).
      expect.objectContaining({ name: "20261217000000_summaries_in_own_words", ranNow: true, changed: 0 }),
      // The seed names quoted speakers as their quotes do already (speakers-as-quoted.test.ts).
      expect.objectContaining({ name: "20261218000000_speakers_as_quoted", ranNow: true, changed: 0 }),
      // The seed codes the Gaza terms as their records state them already (gaza-terms-as-stated.test.ts).
      expect.objectContaining({ name: "20261219000000_gaza_terms_as_stated", ranNow: true, changed: 0 }),
      // The seed's notes are in Parley's own words already (notes-in-own-words.test.ts).
      expect.objectContaining({ name: "20261220000000_notes_in_own_words", ranNow: true, changed: 0 }),
      // The seed indexes dates at their own precision already (search-dates.test.ts).
      expect.objectContaining({ name: "20261221000000_search_dates_at_precision", ranNow: true, changed: 0 }),
      // The seed holds the Gaza texts as their sources have them already (gaza-texts-as-sourced.test.ts).
      expect.objectContaining({ name: "20261222000000_gaza_texts_as_sourced", ranNow: true, changed: 0 }),
      // The seed names the Gaza parties in full already (gaza-party-names-in-full.test.ts).
      expect.objectContaining({ name: "20261223000000_gaza_party_names_in_full", ranNow: true, changed: 0 }),
    ]);
    await expectMigrated(client);
  }, 120_000);

  it("runs once", async () => {
    const revisions = await client.revision.count();
    expect(await runDataMigrations(client, dataMigrations)).toEqual(dataMigrations.map(() => expect.objectContaining({ ranNow: false, changed: 0 })));
    expect(await client.revision.count()).toBe(revisions);
  });

  it("keeps every comparison class pinned before the change, once the seed adds what it holds beyond", async () => {
    runSeedScript(database.url);
    const now = await comparisonClasses(pinned.negotiation, pinned.issues, pinned.dates);
    expect(Object.fromEntries(Object.entries(now).filter(([, c]) => c !== "unknown"))).toEqual(pinned.classes);
  }, 180_000);

  it("brings an export made before it up to date when it is imported", async () => {
    const file = readExportFile(oldFile);
    expect(file.formatVersion).toBe(2);
    await importDataset({ db: importedClient, file, afterWrite: (tx) => applyDataMigrations(tx, dataMigrations) });
    await expectMigrated(importedClient);
    expect(await importedClient.dataMigration.count()).toBe(dataMigrations.length);
  }, 120_000);
});
