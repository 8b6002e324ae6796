// Reused query plans (lib/db/query-plan-memo.ts): a page read twice compiles nothing the
// second time and reads the same; a read of another record by its key, or a write of other
// words, reuses the plan with its own values; values the database or the clock supply are
// still made afresh each time a reused plan runs; and a reused plan is never changed by
// running it.
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

  it("read any record by its key with one plan, each read getting its own record", async () => {
    const sources = await db.source.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" }, take: 4 });
    const [a, b, c, d] = sources;
    expect(d).toBeDefined();
    const byId = (id: string) => db.source.findUnique({ where: { id }, select: { id: true, title: true } });
    const byIds = (ids: string[]) => db.source.findMany({ where: { id: { in: ids } }, select: { id: true, title: true }, orderBy: { id: "asc" } });
    await byId(a!.id);
    await byIds([a!.id, b!.id]);
    const before = planMemoStats();
    expect(await byId(c!.id)).toEqual(c);
    expect(await byIds([c!.id, d!.id])).toEqual([c, d]);
    expect(await byId("no such source")).toBeNull();
    expect(planMemoStats().misses - before.misses, "queries compiled again").toBe(0);
  });

  it("write records with one plan whatever their words, each with its own", async () => {
    const write = (tx: Parameters<Parameters<typeof withoutTrace>[0]>[0], title: string) =>
      tx.source.create({ data: { outlet: `${title} wire`, title, url: null }, select: { id: true } });
    const [compiledAgain, written] = await withoutTrace(async (tx) => {
      await write(tx, "Warm-up");
      const before = planMemoStats();
      const ids = [await write(tx, "First words"), await write(tx, "Other words")];
      const compiled = planMemoStats().misses - before.misses;
      const rows = await tx.source.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: { outlet: true, title: true }, orderBy: { title: "asc" } });
      return [compiled, rows] as const;
    });
    expect(compiledAgain, "queries compiled again").toBe(0);
    expect(written).toEqual([
      { outlet: "First words wire", title: "First words" },
      { outlet: "Other words wire", title: "Other words" },
    ]);
  });

  it("write revisions with one plan whatever their snapshots, each with its own, read back as written", async () => {
    const snapshot = (title: string, clauses: number) => ({ id: "treaty-1", title, terms: { zone: "north", clauses, parties: ["a", "b"], note: null } });
    const write = (tx: Parameters<Parameters<typeof withoutTrace>[0]>[0], title: string, clauses: number) =>
      tx.revision.create({
        data: { entityType: "treaty", entityId: "treaty-1", action: "update", actorLabel: "Plan memo", before: snapshot(`${title} before`, clauses), after: snapshot(title, clauses + 1) },
        select: { id: true },
      });
    const [compiledAgain, written] = await withoutTrace(async (tx) => {
      await write(tx, "Warm-up", 1);
      const before = planMemoStats();
      const ids = [await write(tx, "First “words”", 2), await write(tx, "Other words", 7)];
      const compiled = planMemoStats().misses - before.misses;
      const rows = await tx.revision.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: { before: true, after: true } });
      return [compiled, rows] as const;
    });
    expect(compiledAgain, "queries compiled again").toBe(0);
    expect(written).toEqual(
      expect.arrayContaining([
        { before: snapshot("First “words” before", 2), after: snapshot("First “words”", 3) },
        { before: snapshot("Other words before", 7), after: snapshot("Other words", 8) },
      ]),
    );
    expect(written).toHaveLength(2);
  });

  it("run a raw statement with one plan whatever its words, each answered with its own", async () => {
    const ask = (word: string) => db.$queryRaw<{ word: string }[]>`SELECT CAST(${word} AS TEXT) AS word`;
    await ask("warm-up");
    const before = planMemoStats();
    expect(await ask("first")).toEqual([{ word: "first" }]);
    expect(await ask("other")).toEqual([{ word: "other" }]);
    expect(planMemoStats().misses - before.misses, "queries compiled again").toBe(0);
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
