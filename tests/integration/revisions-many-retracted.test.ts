// The revisions API leaves out the changes of retracted records however many there are. A
// thousand retracted sources (more than a statement's 999 bound values on SQLite) are
// changed after one visible source, so a page must be found past all their revisions, and
// the next page's cursor must carry on past them too. Its own empty database: the retracted
// records would otherwise sit in the shared one for every other file.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listRevisionItems } from "@/lib/api/revisions-resource";
import { db } from "@/lib/db/client";

const own = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("many_retracted"));
afterAll(async () => {
  await db.$disconnect();
  await own.drop();
});

const hiddenCount = 1_200;
const start = Date.parse("2025-03-01T00:00:00Z");
const at = (minutes: number) => new Date(start + minutes * 60_000);

/** One source with one revision at the given minute. */
function sourceWithRevision(id: string, minutes: number, retracted: boolean) {
  const snapshot = { id, outlet: "Ruritanian Gazette", title: `Report ${id}` };
  return {
    source: { ...snapshot, url: null, publishedOn: "2025-03", retractedAt: retracted ? at(hiddenCount + 10) : null },
    revision: { entityType: "source", entityId: id, action: "create", actorLabel: "Test editor", before: undefined, after: snapshot, createdAt: at(minutes) },
  };
}

beforeAll(async () => {
  const rows = [
    sourceWithRevision("visible-older", 0, false),
    sourceWithRevision("visible-old", 1, false),
    ...Array.from({ length: hiddenCount }, (_, i) => sourceWithRevision(`hidden-${i}`, 2 + i, true)),
    sourceWithRevision("visible-new", hiddenCount + 5, false),
  ];
  await db.source.createMany({ data: rows.map((r) => r.source) });
  await db.revision.createMany({ data: rows.map((r) => r.revision) });
}, 60_000);

describe("the revisions API with more retracted records than a statement can name", () => {
  it("lists only visible records' changes, newest first", async () => {
    for (const entityType of [undefined, "source" as const]) {
      const page = await listRevisionItems({ entityType, limit: 50 } as never);
      expect(page.items.map((r) => r.entityId)).toEqual(["visible-new", "visible-old", "visible-older"]);
      expect(page.nextCursor).toBeNull();
    }
  });

  it("pages past the hidden changes with its cursor", async () => {
    const first = await listRevisionItems({ limit: 1 } as never);
    expect(first.items.map((r) => r.entityId)).toEqual(["visible-new"]);
    const second = await listRevisionItems({ limit: 1, cursor: first.nextCursor } as never);
    expect(second.items.map((r) => r.entityId)).toEqual(["visible-old"]);
    const third = await listRevisionItems({ limit: 1, cursor: second.nextCursor } as never);
    expect(third.items.map((r) => r.entityId)).toEqual(["visible-older"]);
    expect(third.nextCursor).toBeNull();
  });

  it("gives a retracted record's own history as empty", async () => {
    const page = await listRevisionItems({ entityType: "source", entityId: "hidden-7", limit: 50 } as never);
    expect(page.items).toEqual([]);
  });
});
