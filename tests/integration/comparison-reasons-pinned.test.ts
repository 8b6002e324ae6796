// The same classes and the same reasons on both engines: on a database seeded afresh, every
// pair of parties on every issue of each bundled negotiation, as the compare page shows them
// today, class and reason, must be what tests/fixtures/comparison-reasons.json holds. The
// suite runs this on SQLite and on PostgreSQL against the one file, so the two engines
// cannot disagree on a word. The classes themselves were checked by hand, pair by pair, in
// comparison-classes-pinned, new-issue-kinds, gaza-issue-kinds and nuclear-plant-territory;
// this file guards the reasons beside them. After a deliberate change to a rule or its
// words, rewrite the file with tests/support/print-comparison-classes.ts … --reasons (which
// computes what the test below does) and read the difference before committing it.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { comparisonClasses } from "../support/comparison-classes";
import { readBundledSeed } from "../support/seed-file";

const pinned = JSON.parse(readFileSync("tests/fixtures/comparison-reasons.json", "utf8")) as Record<string, Record<string, string>>;

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("reasons", "seeded"));
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("comparison reasons", () => {
  for (const negotiation of ["russia-ukraine", "israel-hamas-gaza"]) {
    it(`are the same for every pair on every issue of ${negotiation}`, async () => {
      const seed = readBundledSeed(negotiation);
      const now = await comparisonClasses(negotiation, seed.issues.map((i) => i.slug), [], { reasons: true });
      const pairs = (seed.parties.length * (seed.parties.length - 1)) / 2;
      expect(Object.keys(now)).toHaveLength(pairs * seed.issues.length);
      // Every entry has a class and a reason in words.
      for (const [key, value] of Object.entries(now)) expect(value, key).toMatch(/^(aligned|partly-aligned|opposed|unknown): \S/);
      expect(now).toEqual(pinned[negotiation]);
    }, 120_000);
  }
});
