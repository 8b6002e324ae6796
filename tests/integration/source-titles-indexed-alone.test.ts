// A source's title is searched without the cataloguer's remark at its end ("… [descriptive
// title]"): the remark's words find no source, the title's own words still do, and the hit
// says how the title was recorded in readers' words. A database indexed before is brought up
// to date by a data migration that rewrites only the documents it must.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { listHitLinks, hitKey } from "@/lib/search/list-hit-links";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";
import { titleWithRemark } from "@/lib/sources/title-remark";
import { sourceTitlesIndexedAlone } from "@/prisma/data-migrations/20261215000000_source_titles_indexed_alone";
import { editor } from "../support/editing";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("source_titles", "seeded"));

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const find = (q: string) => search(searchInput.parse({ q, kind: "source" }));
let marked: { id: string; title: string }[];

beforeAll(async () => {
  const sources = await db.source.findMany({ where: { retractedAt: null, title: { endsWith: "[descriptive title]" } }, select: { id: true, title: true }, orderBy: { id: "asc" } });
  marked = sources.filter((s) => titleWithRemark(s.title).remark !== null);
});

describe("a source's title in search", () => {
  it("is not found by its remark's words", async () => {
    expect(marked.length).toBeGreaterThan(10);
    const isMarked = (id: string) => marked.some((m) => m.id === id);
    const descriptive = await find("descriptive");
    // What still matches shows the word: a remark Parley has no words for is shown as written.
    expect(descriptive.hits.filter((h) => isMarked(h.id))).toEqual([]);
    for (const hit of descriptive.hits) expect(hit.title.map((p) => p.text).join("")).toMatch(/descriptive/i);
    expect(descriptive.countsByKind.source).toBeLessThan(marked.length / 10);
    expect((await find("title")).hits.filter((h) => isMarked(h.id))).toEqual([]);
  });

  it("is found by its own words, and the hit gives the remark in readers' words", async () => {
    const sample = marked[0]!;
    const shown = titleWithRemark(sample.title);
    const results = await find(`"${shown.title}"`);
    const hit = results.hits.find((h) => h.id === sample.id);
    expect(hit?.title.map((p) => p.text).join("")).toBe(shown.title);
    const links = await listHitLinks(results.hits);
    expect(links.get(hitKey(hit!))?.remark).toBe("a description, not the outlet's headline");
  });
});

describe("the data migration", () => {
  it("rewrites the documents indexed with the remark, and only those, once", async () => {
    // As a database indexed before would hold them: three titles with their remarks.
    const old = marked.slice(0, 3);
    for (const source of old) {
      await db.$executeRaw`UPDATE "SearchDocument" SET "title" = ${source.title} WHERE "kind" = 'source' AND "refId" = ${source.id}`;
    }
    const found = async () => (await find("descriptive")).hits.map((h) => h.id);
    expect(await found()).toEqual(expect.arrayContaining(old.map((s) => s.id)));

    const outcome = await db.$transaction((tx) => sourceTitlesIndexedAlone.run(tx, editor));
    expect(outcome).toEqual({ changed: 3 });
    expect((await found()).filter((id) => old.some((s) => s.id === id))).toEqual([]);
    expect((await find(`"${titleWithRemark(old[0]!.title).title}"`)).hits.map((h) => h.id)).toContain(old[0]!.id);
    expect(await db.$transaction((tx) => sourceTitlesIndexedAlone.run(tx, editor))).toEqual({ changed: 0 });
  });
});
