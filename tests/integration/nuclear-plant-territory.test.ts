// The Russia–Ukraine nuclear-plant issue made a territory issue
// (prisma/data-migrations/20261207000000_nuclear_plant_territory.ts).
//
// Compare classes, checked by hand against the records: on a database seeded afresh, every
// pair of parties on the issue, today and on two earlier dates, is unknown except the pairs
// below. Runs on whichever engine DATABASE_URL names, so the suite checks both agree.
//
// Migration: the same database put back as the earlier seed left it (the issue general, its
// positions uncoded) and migrated gives the seed's kind and codings, a revision per changed
// record, and runs once.
import { afterAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { dataMigrations } from "@/prisma/data-migrations";
import { readBundledSeed } from "../support/seed-file";
import { comparisonClasses } from "../support/comparison-classes";

const MIGRATION = "20261207000000_nuclear_plant_territory";
const ISSUE = "znpp-dnipro";
const seed = readBundledSeed();
const coded = seed.positions.filter((p) => p.issue === ISSUE && p.terms);

// A database seeded afresh, of this file's own (tests/support/own-database.ts).
const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("nuclear_plant", "seeded"));
const client = db;
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

async function classes(dates: string[]): Promise<Record<string, string>> {
  const all = await comparisonClasses("russia-ukraine", [ISSUE], dates);
  return Object.fromEntries(Object.entries(all).filter(([, c]) => c !== "unknown"));
}

describe("the nuclear-plant issue as a territory issue", () => {
  it("codes who should hold the plant on the plant's own area, and leaves output splits uncoded", () => {
    expect(seed.issues.find((i) => i.slug === ISSUE)?.kind).toBe("territory");
    // Three records say who should hold or run the plant; the other three only split its
    // output or reject a split, which a territorial claim cannot say.
    expect(coded.map((p) => p.id).sort()).toEqual(["ru-2026-znpp-control", "ua-2025-20pt-znpp", "us-2025-znpp-three-way"]);
    const area = seed.areas.find((a) => a.slug === "zaporizhzhia-npp");
    expect(area?.parent).toBe("zaporizhzhia");
    for (const p of coded) expect(p.terms).toMatchObject({ claims: [expect.objectContaining({ area: "zaporizhzhia-npp" })] });
  });

  it("classes the pairs as checked by hand", async () => {
    expect(await classes(["2025-12-20", "2026-01-30"])).toEqual({
      // Russia insists on controlling the plant (ru-2026-znpp-control); Ukraine wants Russia
      // to leave it (ua-2025-20pt-znpp).
      "today|znpp-dnipro|russia~ukraine": "opposed",
      // Russia rejected the US plan to run the plant (ru-2026-znpp-control) that the US
      // proposed (us-2025-znpp-three-way, coded international): keeping it against handing it over.
      "today|znpp-dnipro|russia~united-states": "opposed",
      // Ukraine wants Russia out (ua-2025-20pt-znpp), the US a plant run jointly or by itself
      // (us-2025-znpp-three-way): both take it from its holder, in different ways.
      "today|znpp-dnipro|ukraine~united-states": "partly-aligned",
      "2026-01-30|znpp-dnipro|ukraine~united-states": "partly-aligned",
      // On 20 December 2025 Ukraine's latest record on the plant (ua-2025-znpp-three-way) only
      // rejects a three-way split and Russia had none: every pair then is unknown.
    });
  }, 120_000);

  it("is given its kind and codings by the data migration on a database the earlier seed left", async () => {
    await client.issue.updateMany({ where: { slug: ISSUE }, data: { kind: "general" } });
    await client.position.updateMany({ where: { id: { in: coded.map((p) => p.id) } }, data: { terms: Prisma.DbNull, termsConfidence: null, termsNote: null } });
    await client.dataMigration.deleteMany({ where: { name: MIGRATION } });
    const revisionsBefore = await client.revision.count();

    const outcomes = await runDataMigrations(client, dataMigrations);
    expect(outcomes.find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: true, changed: 1 + coded.length });
    expect((await client.issue.findFirst({ where: { slug: ISSUE }, select: { kind: true } }))?.kind).toBe("territory");
    const positions = await client.position.findMany({
      where: { id: { in: coded.map((p) => p.id) } },
      select: { id: true, terms: true, termsConfidence: true, termsNote: true },
    });
    expect(positions).toHaveLength(coded.length);
    for (const p of positions) {
      const want = coded.find((c) => c.id === p.id)!;
      expect({ terms: p.terms, termsConfidence: p.termsConfidence, termsNote: p.termsNote }, p.id).toEqual({
        terms: want.terms,
        termsConfidence: want.termsConfidence,
        termsNote: want.termsNote,
      });
    }
    expect(await client.revision.count()).toBe(revisionsBefore + 1 + coded.length);

    // Runs once.
    const after = await client.revision.count();
    expect((await runDataMigrations(client, dataMigrations)).find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: false, changed: 0 });
    expect(await client.revision.count()).toBe(after);
  }, 120_000);
});
