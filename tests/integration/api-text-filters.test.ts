// `q` filters match text as typed: `%`, `_` and `\` are characters like any other, not
// LIKE wildcards, on both engines.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { call, recordRoutes, type RouteModule } from "./api-support";

const parties = recordRoutes.party.list;
const sources = recordRoutes.source.list;

afterAll(() => db.$disconnect());

async function listAll(route: RouteModule, path: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = path;
  while (next) {
    const response = await call(route, "GET", next);
    expect(response.status, next).toBe(200);
    const body = (await response.json()) as { items: { id: string }[]; links: { next: string | null } };
    ids.push(...body.items.map((i) => i.id));
    next = body.links.next;
  }
  return ids.sort();
}

/** The visible sources whose outlet, title or URL holds `text`, lower-cased as the filter compares (ASCII letters). */
async function sourcesHolding(text: string): Promise<string[]> {
  const rows = await db.source.findMany({ where: { retractedAt: null }, select: { id: true, outlet: true, title: true, url: true } });
  const lower = text.toLowerCase();
  return rows
    .filter((s) => [s.outlet, s.title, s.url].some((field) => field?.toLowerCase().includes(lower)))
    .map((s) => s.id)
    .sort();
}

describe("API text filters", () => {
  it.each(["_", "%", "%2", "\\", "a_b"])("treat %j as itself", async (text) => {
    const found = await listAll(sources, `/api/v1/sources?limit=200&q=${encodeURIComponent(text)}`);
    expect(found).toEqual(await sourcesHolding(text));
  });

  it("do not let a wildcard match every record", async () => {
    const total = await db.source.count({ where: { retractedAt: null } });
    expect((await listAll(sources, "/api/v1/sources?limit=200&q=%25")).length).toBeLessThan(total);
    expect(await listAll(parties as typeof sources, "/api/v1/parties?q=_")).toEqual([]);
  });

  it("still ignore the case of letters", async () => {
    const upper = await listAll(parties as typeof sources, "/api/v1/parties?q=UKR");
    expect(upper.length).toBeGreaterThan(0);
    expect(upper).toEqual(await listAll(parties as typeof sources, "/api/v1/parties?q=ukr"));
  });
});
