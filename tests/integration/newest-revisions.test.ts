// Revisions a page at a time among more records than one statement may name
// (lib/revisions/newest-revisions.ts): pages follow each other newest first, by id among
// revisions recorded at the same moment, never skipping or repeating one, and only the
// records asked for. The revisions name made-up records and are dated long ago, below every
// other file's; they are removed afterwards.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { IDS_PER_STATEMENT } from "@/lib/db/id-parts";
import { db } from "@/lib/db/client";
import { newestRevisions } from "@/lib/revisions/newest-revisions";

const tag = randomUUID().slice(0, 8);
const created: string[] = [];

afterAll(async () => {
  await db.revision.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

describe("the newest revisions of many records, page by page", () => {
  it("lists every revision of the records asked for once, in order, across the statements' parts", async () => {
    // Records of two kinds, more than two statements' worth; every seventh gets revisions,
    // three of them recorded at the same moment, and some records outside are revised too.
    const positions = Array.from({ length: IDS_PER_STATEMENT * 2 + 30 }, (_, i) => `nr-${tag}-p${i}`);
    const issues = Array.from({ length: 40 }, (_, i) => `nr-${tag}-i${i}`);
    const past = Date.UTC(2001, 0, 1);
    const rows = [
      ...positions.filter((_, i) => i % 7 === 0).map((entityId, i) => ({ entityType: "position", entityId, createdAt: new Date(past + (i % 5) * 1000) })),
      ...issues.filter((_, i) => i % 7 === 0).map((entityId, i) => ({ entityType: "issue", entityId, createdAt: new Date(past + (i % 3) * 1000) })),
    ];
    const outside = [
      { entityType: "position", entityId: `nr-${tag}-elsewhere`, createdAt: new Date(past + 2000) },
      { entityType: "party", entityId: positions[0]!, createdAt: new Date(past + 2000) },
    ];
    for (const row of [...rows, ...outside]) {
      created.push((await db.revision.create({ data: { ...row, action: "update", actorLabel: "Test" }, select: { id: true } })).id);
    }

    const records = { position: positions, issue: issues };
    const pages: string[][] = [];
    let after: string | undefined;
    for (;;) {
      const page = await newestRevisions({ records, where: { actorLabel: "Test", createdAt: { gte: new Date(past), lt: new Date(past + 3600_000) } }, after, take: 7 });
      if (page.length === 0) break;
      pages.push(page.map((r) => r.id));
      after = page.at(-1)!.id;
    }

    const stored = await db.revision.findMany({ where: { id: { in: created.slice(0, rows.length) } }, select: { id: true, createdAt: true } });
    const expected = stored.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    expect(pages.flat()).toEqual(expected);
    expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
  });

  it("lists nothing after a revision that does not exist, and nothing for no records", async () => {
    expect(await newestRevisions({ after: "no-such-revision", take: 5 })).toEqual([]);
    expect(await newestRevisions({ records: {}, take: 5 })).toEqual([]);
  });
});
