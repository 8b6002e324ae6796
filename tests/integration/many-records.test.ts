// Lists over more records than one statement can name (999 bound values on SQLite, as Prisma
// counts): they answer all the same, and page on.
// - The revisions API leaves out the changes of retracted records however many there are. A
//   thousand retracted sources are changed after one visible source, so a page must be found
//   past all their revisions, and the next page's cursor must carry on past them too.
// - The positions API's `asOf` list over an archive of more than a thousand parties, each
//   with a position current on the date.
// Its own empty database: these records would otherwise sit in the shared one for every
// other file.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asReader, listRevisionItems } from "@/lib/api/revisions-resource";
import { db } from "@/lib/db/client";
import { positionItem, type PositionItem } from "@/lib/positions/position-api-schema";
import { listOf } from "@/lib/api/schemas/common";
import { call, readBody, recordRoutes } from "./api-support";

const own = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("many_records"));
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

const partyCount = 1_100;

beforeAll(async () => {
  const negotiation = await db.negotiation.create({ data: { slug: "ruritania-talks", title: "Ruritanian talks", summary: "Many parties." } });
  const issue = await db.issue.create({ data: { negotiationId: negotiation.id, slug: "north-province", name: "North Province", description: "Who holds it." } });
  const parties = Array.from({ length: partyCount }, (_, i) => ({ id: `party-${String(i).padStart(4, "0")}`, slug: `party-${i}`, name: `Party ${i}`, shortName: `P${i}`, kind: "state", colour: "#336699" }));
  await db.party.createMany({ data: parties });
  await db.position.createMany({
    data: parties.map((party, i) => ({
      partyId: party.id,
      issueId: issue.id,
      stance: "demands",
      summary: i % 10 === 0 ? `Wants the needle back (${i})` : `Wants North Province (${i})`,
      statedOn: new Date("2022-01-01T00:00:00Z"),
    })),
  });

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
      const page = await listRevisionItems({ entityType, limit: 50 } as never, asReader);
      expect(page.items.map((r) => r.entityId)).toEqual(["visible-new", "visible-old", "visible-older"]);
      expect(page.nextCursor).toBeNull();
    }
  });

  it("pages past the hidden changes with its cursor", async () => {
    const first = await listRevisionItems({ limit: 1 } as never, asReader);
    expect(first.items.map((r) => r.entityId)).toEqual(["visible-new"]);
    const second = await listRevisionItems({ limit: 1, cursor: first.nextCursor } as never, asReader);
    expect(second.items.map((r) => r.entityId)).toEqual(["visible-old"]);
    const third = await listRevisionItems({ limit: 1, cursor: second.nextCursor } as never, asReader);
    expect(third.items.map((r) => r.entityId)).toEqual(["visible-older"]);
    expect(third.nextCursor).toBeNull();
  });

  it("gives a retracted record's own history as empty", async () => {
    const page = await listRevisionItems({ entityType: "source", entityId: "hidden-7", limit: 50 } as never, asReader);
    expect(page.items).toEqual([]);
  });
});

describe("the positions API's asOf list over more parties than a statement can name", () => {
  const list = listOf(positionItem);

  /** Every page of a list, following its next links. */
  async function allPages(path: string) {
    const items: PositionItem[] = [];
    let next: string | null = path;
    while (next) {
      const page: { items: PositionItem[]; links: { next: string | null } } = await readBody(await call(recordRoutes.position.list, "GET", next), list);
      items.push(...page.items);
      next = page.links.next;
    }
    return items;
  }

  it("lists every party's current position, a page at a time", async () => {
    const items = await allPages("/api/v1/positions?asOf=2022-04-30&negotiation=ruritania-talks&limit=200");
    expect(items).toHaveLength(partyCount);
    expect(new Set(items.map((p) => p.partyId)).size).toBe(partyCount);
    expect(items.map((p) => p.id)).toEqual(items.map((p) => p.id).sort());
  });

  it("applies the text filter to them all, past the first part of them", async () => {
    const items = await allPages("/api/v1/positions?asOf=2022-04-30&q=needle&limit=50");
    expect(items).toHaveLength(partyCount / 10);
    expect(items.every((p) => p.summary.includes("needle"))).toBe(true);
  });

  it("lists none on a date before any of them", async () => {
    expect(await allPages("/api/v1/positions?asOf=2021-12-31&limit=50")).toEqual([]);
  });
});
