// Gaza terms as their records state them. The seed no longer codes two things its records do
// not say (a guarantee as the ceasefire's monitoring; a partial sum as the number Israel
// releases); a database seeded before gets the codings as stated from the data migration
// 20261219000000_gaza_terms_as_stated, each a revision, and a coding an editor has changed
// since stays as the editor left it.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261219000000_gaza_terms_as_stated.json";
import { gazaTermsAsStated } from "@/prisma/data-migrations/20261219000000_gaza_terms_as_stated";
import { readBundledSeed } from "../support/seed-file";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("gaza_terms", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

type Coding = (typeof list.positions)[number]["seededAs"];
const seed = readBundledSeed("israel-hamas-gaza");
const select = { terms: true, termsConfidence: true, termsNote: true } as const;
const codingOf = async (id: string) => client.position.findUniqueOrThrow({ where: { id }, select });
const setCoding = (id: string, coding: Coding, version?: number) =>
  client.position.update({ where: { id }, data: { ...coding, ...(version ? { version } : {}) } });
const rerun = () => client.dataMigration.deleteMany({ where: { name: gazaTermsAsStated.name } });

describe("the Gaza terms as stated", () => {
  it("are what the seed codes, a field or a figure fewer than before, and no guess in their place", () => {
    expect(list.positions.map((p) => p.id).sort()).toEqual(["hamas-2025-oct9-exchange-terms", "qatar-2025-jan15-announces-three-phase-deal"]);
    for (const { id, seededAs, statedAs } of list.positions) {
      const seeded = seed.positions.find((p) => p.id === id)!;
      expect({ terms: seeded.terms, termsConfidence: seeded.termsConfidence, termsNote: seeded.termsNote }, id).toEqual(statedAs);
      expect(statedAs, id).not.toEqual(seededAs);
    }
    const [hamas, qatar] = ["hamas-2025-oct9-exchange-terms", "qatar-2025-jan15-announces-three-phase-deal"].map((id) => list.positions.find((p) => p.id === id)!);
    expect(hamas!.statedAs.terms).toEqual({ ...hamas!.seededAs.terms, sideB: { party: "israel" } });
    expect(qatar!.statedAs.terms).toEqual({ durationDays: 42, startDate: "2025-01-19" });
  });
});

describe("the data migration to Gaza terms as stated", () => {
  beforeEach(async () => {
    for (const { id, seededAs } of list.positions) await setCoding(id, seededAs);
    await rerun();
  });

  it("codes every position still as seeded as stated, each a revision", async () => {
    const [outcome] = await runDataMigrations(client, [gazaTermsAsStated]);
    expect(outcome).toMatchObject({ ranNow: true, changed: list.positions.length });
    for (const { id, statedAs } of list.positions) {
      expect(await codingOf(id)).toEqual(statedAs);
      const revision = await client.revision.findFirstOrThrow({ where: { entityType: "position", entityId: id, action: "update" }, orderBy: { createdAt: "desc" } });
      expect(revision).toMatchObject({ actorLabel: "Parley data migration", note: expect.stringMatching(/^Terms as the record states them/) });
      expect(revision.after).toMatchObject(statedAs);
    }
  }, 120_000);

  it("leaves a coding an editor has changed since as the editor left it, and finds nothing to do a second time", async () => {
    const [edited, asSeeded] = list.positions as [(typeof list.positions)[number], (typeof list.positions)[number]];
    const editors = { ...edited.seededAs, termsNote: `${edited.seededAs.termsNote} Checked again by an editor.` };
    await setCoding(edited.id, editors, 5);
    expect(await runDataMigrations(client, [gazaTermsAsStated])).toEqual([expect.objectContaining({ ranNow: true, changed: 1 })]);
    expect(await codingOf(edited.id)).toEqual(editors);
    expect(await codingOf(asSeeded.id)).toEqual(asSeeded.statedAs);

    const revisions = await client.revision.count();
    await rerun();
    expect(await runDataMigrations(client, [gazaTermsAsStated])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  }, 120_000);
});
