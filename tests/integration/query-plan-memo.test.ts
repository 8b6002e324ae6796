// Reused query plans (lib/db/query-plan-memo.ts): a page read twice compiles nothing the
// second time and reads the same; values the database or the clock supply are still made
// afresh each time a reused plan runs; and a reused plan is never changed by running it.
import { describe, expect, it } from "vitest";
import { findPageFixture } from "@/bench/scale/find-fixture";
import { pageLoaders } from "@/bench/scale/page-data";
import { db } from "@/lib/db/client";
import { planMemoStats } from "@/lib/db/query-plan-memo";

class RolledBack extends Error {}

/** Runs `work` in a transaction that is always rolled back, and returns what it returned. */
async function withoutTrace<T>(work: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db
    .$transaction(async (tx) => {
      result = await work(tx);
      throw new RolledBack();
    })
    .catch((error) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return result as T;
}

describe("reused query plans", () => {
  it("compile each of a page's queries once, and read the same the second time", async () => {
    const fixture = await findPageFixture(db, { negotiation: "russia-ukraine" });
    for (const [page, load] of Object.entries(pageLoaders)) {
      const first = await load(fixture);
      const before = planMemoStats();
      const second = await load(fixture);
      const after = planMemoStats();
      expect(after.misses - before.misses, `${page}: queries compiled again`).toBe(0);
      expect(after.hits - before.hits, `${page}: plans reused`).toBeGreaterThan(0);
      expect(second, page).toEqual(first);
    }
  });

  it("make new ids and times each time the same query runs", async () => {
    const data = { outlet: "Plan memo wire", title: "Same words twice", url: "https://example.org/plan-memo" };
    const [a, b] = await withoutTrace(async (tx) => {
      const first = await tx.source.create({ data });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const second = await tx.source.create({ data });
      return [first, second];
    });
    expect(b.id).not.toBe(a.id);
    expect(b.createdAt.getTime()).toBeGreaterThan(a.createdAt.getTime());
    expect(await db.source.count({ where: { id: { in: [a.id, b.id] } } })).toBe(0);
  });

  it("keep a plan unchanged by running it: the same query reads the same rows again", async () => {
    const query = () => db.party.findMany({ select: { slug: true }, orderBy: { slug: "desc" }, take: 3 });
    const first = await query();
    const again = await query();
    const third = await query();
    expect(again).toEqual(first);
    expect(third).toEqual(first);
  });
});
