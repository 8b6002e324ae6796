// Contract tests for every endpoint: status, headers and a body that parses with the
// endpoint's own output schema, called through the route handlers with real Requests.
import { recordKind, type EntityType } from "@/lib/records/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as compareRoute from "@/app/api/v1/compare/route";
import * as catchAll from "@/app/api/v1/[...path]/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as revisionItemRoute from "@/app/api/v1/revisions/[id]/route";
import * as revisionListRoute from "@/app/api/v1/revisions/route";
import * as searchRoute from "@/app/api/v1/search/route";
import { apiResources } from "@/lib/api/registry";
import { recordsWithin } from "@/lib/feeds/feed-scope";
import { listOf } from "@/lib/api/schemas/common";
import { compareResult } from "@/lib/api/schemas/compare";
import { positionItem } from "@/lib/positions/position-api-schema";
import { revisionItem, type RevisionItem } from "@/lib/api/schemas/revisions";
import { searchResult } from "@/lib/api/schemas/search";
import { db } from "@/lib/db/client";
import { positionFields } from "../support/editing";
import { entityCases } from "../support/editing-entities";
import {
  call,
  createApiActors,
  databaseFingerprint,
  expectProblem,
  readBody,
  recordRestoreRoutes,
  recordRoutes,
  type ApiActors,
  type RouteModule,
  supersedeRoute,
  withdrawRoute,
} from "./api-support";

let actors: ApiActors;
beforeAll(async () => {
  actors = await createApiActors();
});
afterAll(() => db.$disconnect());

const resourceOf = (type: string) => apiResources.find((r) => r.entityType === type)!;

describe.each(entityCases)("$type", (entity) => {
  const resource = resourceOf(entity.type);
  const routes = recordRoutes[entity.type];
  const base = `/api/v1/${resource.path}`;
  const item = resource.item;

  it("lists a page with CORS, an ETag and a next link, and pages without repeats", async () => {
    const first = await call(routes.list, "GET", `${base}?limit=2`);
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("etag")).toMatch(/^W\/".+"$/);
    const page1 = await readBody(first, listOf(item));
    expect(page1.items.length).toBeLessThanOrEqual(2);
    if (page1.nextCursor) {
      expect(first.headers.get("link")).toMatch(/^<http:\/\/parley\.test\/api\/v1\/.+cursor=.+>; rel="next"$/);
      expect(page1.links.next).toContain(`cursor=${page1.nextCursor}`);
      const second = await readBody(await call(routes.list, "GET", page1.links.next!), listOf(item));
      const ids = [...page1.items, ...second.items].map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("creates (201, Location, ETag), reads by id, changes a field (200) and retracts (204) with a write token", async () => {
    const input = await entity.input();
    const created = await call(routes.list, "POST", base, { token: actors.writeToken, json: { ...input, note: "Via the API" } });
    expect(created.status, await created.clone().text()).toBe(201);
    expect(created.headers.get("access-control-allow-origin")).toBeNull();
    const record = await readBody(created, item);
    expect(created.headers.get("location")).toBe(`http://parley.test${base}/${record.id}`);
    expect(created.headers.get("etag")).toMatch(new RegExp(`^"${record.id}\\.v1\\.h.+"$`));
    expect(record.version).toBe(1);

    const read = await call(routes.item, "GET", `${base}/${record.id}`, { params: { id: record.id } });
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe(created.headers.get("etag"));
    expect(read.headers.get("access-control-allow-origin")).toBe("*");
    expect(await readBody(read, item)).toEqual(record);

    const changed = await entity.change(input);
    const field = entity.changedField;
    const patched = await call(routes.item, "PATCH", `${base}/${record.id}`, {
      params: { id: record.id },
      token: actors.writeToken,
      headers: { "if-match": read.headers.get("etag")! },
      json: { [field]: changed[field], note: "Changed via the API" },
    });
    expect(patched.status, await patched.clone().text()).toBe(200);
    const after = await readBody(patched, item);
    expect(after.version).toBe(2);
    expect((after as Record<string, unknown>)[field]).toEqual(changed[field]);

    const history = await db.revision.findMany({ where: { entityId: record.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((r) => [r.action, r.note])).toEqual([["create", "Via the API"], ["update", "Changed via the API"]]);
    expect(history[0]!.actorLabel).toContain("API token");

    const retracted = await call(routes.item, "DELETE", `${base}/${record.id}`, {
      params: { id: record.id },
      token: actors.writeToken,
      json: { version: 2 },
    });
    expect(retracted.status, await retracted.clone().text()).toBe(204);
    expect(retracted.headers.get("etag")).toBe(`"${record.id}.v3"`);
    await expectProblem(await call(routes.item, "GET", `${base}/${record.id}`, { params: { id: record.id } }), 404);

    const restore = recordRestoreRoutes[entity.type];
    // A stale restore of a retracted record names its version and retraction, not Parley's stored snapshot of it.
    const staleRestore = await expectProblem(
      await call(restore, "POST", `${base}/${record.id}/restore`, { params: { id: record.id }, token: actors.writeToken, json: { version: 2 } }),
      409,
    );
    expect(staleRestore.current).toEqual({ id: record.id, version: 3, retractedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const restored = await call(restore, "POST", `${base}/${record.id}/restore`, {
      params: { id: record.id },
      token: actors.writeToken,
      headers: { "if-match": retracted.headers.get("etag")! },
    });
    expect(restored.status, await restored.clone().text()).toBe(200);
    expect(await readBody(restored, item)).toMatchObject({ id: record.id, version: 4 });
    expect((await call(routes.item, "GET", `${base}/${record.id}`, { params: { id: record.id } })).status).toBe(200);
    // Restoring what is not retracted is a conflict carrying the record; without a version, 428.
    const notRetracted = await expectProblem(
      await call(restore, "POST", `${base}/${record.id}/restore`, { params: { id: record.id }, token: actors.writeToken, json: { version: 4 } }),
      409,
    );
    expect(item.parse(notRetracted.current)).toMatchObject({ id: record.id, version: 4 });
    await expectProblem(await call(restore, "POST", `${base}/${record.id}/restore`, { params: { id: record.id }, token: actors.writeToken }), 428);
    await expectProblem(await call(restore, "POST", `${base}/nope/restore`, { params: { id: "nope" }, token: actors.writeToken }), 404);
    await expectProblem(await call(restore, "POST", `${base}/${record.id}/restore`, { params: { id: record.id }, json: { version: 4 } }), 401);
  });

  it.runIf(resource.acceptsSlug)("reads a record by its slug", async () => {
    const page = await readBody(await call(routes.list, "GET", `${base}?limit=200`), listOf(item));
    const items = page.items as unknown as { id: string; slug: string }[];
    // A slug two negotiations both use (each has a "ceasefire" issue) names no one record: take one only one uses.
    const first = items.find((r) => items.filter((o) => o.slug === r.slug).length === 1)!;
    const bySlug = await call(routes.item, "GET", `${base}/${first.slug}`, { params: { id: first.slug } });
    expect(bySlug.status).toBe(200);
    expect((await readBody(bySlug, item)).id).toBe(first.id);
  });

  it.runIf(resource.acceptsSlug)("changes a record named by its slug, keeping the fields the PATCH leaves out", async () => {
    const input = await entity.input();
    const record = await readBody(await call(routes.list, "POST", base, { token: actors.writeToken, json: input }), item);
    const { slug } = record as unknown as { slug: string };
    const field = entity.changedField;
    const changed = await entity.change(input);
    const patched = await call(routes.item, "PATCH", `${base}/${slug}`, {
      params: { id: slug },
      token: actors.writeToken,
      json: { [field]: changed[field], version: 1 },
    });
    expect(patched.status, await patched.clone().text()).toBe(200);
    const after = (await readBody(patched, item)) as unknown as Record<string, unknown>;
    expect(after).toEqual({ ...record, [field]: changed[field], version: 2, updatedAt: after.updatedAt, links: after.links });
  });

  it("answers 404 problems for unknown and malformed ids", async () => {
    await expectProblem(await call(routes.item, "GET", `${base}/no-such-record`, { params: { id: "no-such-record" } }), 404);
    for (const id of ["", "a b", "x".repeat(101), "<script>", "../etc"]) {
      await expectProblem(await call(routes.item, "GET", `${base}/x`, { params: { id } }), 404);
    }
  });

  it("refuses bad query strings with 422 naming the parameter", async () => {
    for (const [query, field] of [
      ["limit=0", "limit"], ["limit=201", "limit"], ["limit=abc", "limit"], ["limit=1.5", "limit"], ["limit=0x10", "limit"], ["limit=1e1", "limit"],
      ["limit=1&limit=2", "limit"], ["cursor=not-a-cursor", "cursor"], ["bogus=1", "bogus"],
    ] as const) {
      const problem = await expectProblem(await call(routes.list, "GET", `${base}?${query}`), 422);
      expect(Object.keys(problem.errors ?? {}), query).toContain(field);
    }
  });

  it("refuses a query parameter on a record, its creation, change or retraction with 422, writing nothing", async () => {
    const [first] = (await readBody(await call(routes.list, "GET", `${base}?limit=1`), listOf(item))).items;
    const id = first!.id;
    const refused = async (response: Response, name: string) => {
      const problem = await expectProblem(response, 422);
      expect(problem.errors).toEqual({ [name]: [`Unknown query parameter “${name}”`] });
    };
    await refused(await call(routes.item, "GET", `${base}/${id}?asOf=2024-01-01`, { params: { id } }), "asOf");
    // What a new record would name (parties, sources…) is written first, by the fixture.
    const input = await entity.input();
    const before = await databaseFingerprint();
    const write = { token: actors.writeToken };
    await refused(await call(routes.list, "POST", `${base}?dryRun=1`, { ...write, json: input }), "dryRun");
    await refused(await call(routes.item, "PATCH", `${base}/${id}?dryRun=1`, { ...write, params: { id }, json: { version: first!.version } }), "dryRun");
    await refused(await call(routes.item, "DELETE", `${base}/${id}?dryRun=1`, { ...write, params: { id }, json: { version: first!.version } }), "dryRun");
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("answers 405 with Allow for unsupported methods, a read-only preflight, and HEAD without a body", async () => {
    const put = await call(routes.list, "PUT", base, { token: actors.writeToken, json: {} });
    await expectProblem(put, 405);
    expect(put.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    const itemPost = await call(routes.item, "POST", `${base}/x`, { params: { id: "x" } });
    expect(itemPost.status).toBe(405);
    expect(itemPost.headers.get("allow")).toBe("GET, PATCH, DELETE, HEAD, OPTIONS");

    const preflight = await call(routes.list, "OPTIONS", base, { headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");

    const head = await call(routes.list, "HEAD", `${base}?limit=1`);
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBeTruthy();
    expect(await head.text()).toBe("");
  });
});

describe("every stored record", () => {
  it("reads through its list and parses with its output schema", async () => {
    const lists: [string, RouteModule][] = [
      ...apiResources.map((r) => [`/api/v1/${r.path}`, recordRoutes[r.entityType as EntityType].list] as [string, RouteModule]),
      ["/api/v1/revisions", revisionListRoute as RouteModule],
    ];
    for (const [path, route] of lists) {
      let next: string | null = `${path}?limit=200`;
      let pages = 0;
      while (next && pages++ < 100) {
        const response = await call(route, "GET", next);
        expect(response.status, `${next}: ${await response.clone().text()}`).toBe(200);
        next = ((await response.json()) as { links: { next: string | null } }).links.next;
      }
      expect(next, path).toBeNull();
    }
  });
});

describe("positions", () => {
  const routes = recordRoutes.position;
  const list = listOf(positionItem);

  it("filters by party, issue, negotiation, stance, status and text", async () => {
    const body = await readBody(
      await call(routes.list, "GET", "/api/v1/positions?party=russia&negotiation=russia-ukraine&status=current&limit=200"),
      list,
    );
    expect(body.items.length).toBeGreaterThan(0);
    for (const p of body.items) {
      expect(p.party.slug).toBe("russia");
      expect(p.negotiation.slug).toBe("russia-ukraine");
      expect(p.status).toBe("current");
    }
    const issueSlug = body.items[0]!.issue.slug;
    const onIssue = await readBody(await call(routes.list, "GET", `/api/v1/positions?issue=${body.items[0]!.issueId}&stance=${body.items[0]!.stance}`), list);
    expect(onIssue.items.every((p) => p.issue.slug === issueSlug && p.stance === body.items[0]!.stance)).toBe(true);
    const event = await db.event.findFirstOrThrow({ where: { positions: { some: { retractedAt: null } } } });
    const atEvent = await readBody(await call(routes.list, "GET", `/api/v1/positions?event=${event.slug}`), list);
    expect(atEvent.items.length).toBeGreaterThan(0);
    expect(atEvent.items.every((p) => p.eventId === event.id)).toBe(true);
    const text = await readBody(await call(routes.list, "GET", "/api/v1/positions?q=CEASEFIRE&limit=200"), list);
    expect(text.items.length).toBeGreaterThan(0);
    expect(text.items.every((p) => `${p.summary} ${p.details ?? ""}`.toLowerCase().includes("ceasefire"))).toBe(true);
  });

  it("refuses a filter that names no record readers can see, saying which, rather than answer an empty page", async () => {
    const typo = await expectProblem(await call(routes.list, "GET", "/api/v1/positions?party=rusia&negotiation=russia-ukraine"), 422);
    expect(Object.keys(typo.errors ?? {})).toEqual(["party"]);
    expect(typo.errors?.party).toEqual(["There is no party “rusia”"]);
    const both = await expectProblem(await call(routes.list, "GET", "/api/v1/positions?issue=no-such-issue&event=no-such-event"), 422);
    expect(Object.keys(both.errors ?? {}).sort()).toEqual(["event", "issue"]);
    // A retracted record is named by nobody readers can see, though its id exists.
    const retracted = await db.party.create({ data: { slug: `retracted-${Date.now()}`, name: "Retracted Party", shortName: "Retracted", kind: "state", colour: "#336699", retractedAt: new Date() } });
    const hidden = await expectProblem(await call(routes.list, "GET", `/api/v1/positions?party=${retracted.id}`), 422);
    expect(Object.keys(hidden.errors ?? {})).toEqual(["party"]);
    // Kinds without slugs are named by id only; an existing one still filters.
    const plan = await db.plan.findFirstOrThrow({ where: { retractedAt: null, points: { some: {} } } });
    await expectProblem(await call(recordRoutes.planPoint.list, "GET", `/api/v1/plan-points?plan=${plan.id}x`), 422);
    const points = await call(recordRoutes.planPoint.list, "GET", `/api/v1/plan-points?plan=${plan.id}`);
    expect(points.status).toBe(200);
    // A filter named for its meaning rather than its kind (areas' heldBy names a party) is refused the same way.
    const holder = await expectProblem(await call(recordRoutes.area.list, "GET", "/api/v1/areas?heldBy=rusia"), 422);
    expect(holder.errors).toEqual({ heldBy: ["There is no party “rusia”"] });
    const held = await db.area.findFirstOrThrow({ where: { retractedAt: null, heldBy: { retractedAt: null } }, select: { heldBy: { select: { slug: true } } } });
    expect((await call(recordRoutes.area.list, "GET", `/api/v1/areas?heldBy=${held.heldBy!.slug}`)).status).toBe(200);
  });

  it("lists the positions current on a statement date with asOf, one per party and issue", async () => {
    const body = await readBody(await call(routes.list, "GET", "/api/v1/positions?asOf=2022-04-30&negotiation=russia-ukraine&limit=200"), list);
    expect(body.items.length).toBeGreaterThan(0);
    const pairs = body.items.map((p) => `${p.partyId}:${p.issueId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const p of body.items) expect(p.statedOn <= "2022-04-30").toBe(true);

    const paged = await readBody(await call(routes.list, "GET", "/api/v1/positions?asOf=2022-04-30&negotiation=russia-ukraine&limit=3"), list);
    const next = await readBody(await call(routes.list, "GET", paged.links.next!), list);
    expect([...paged.items, ...next.items].map((p) => p.id)).toEqual(body.items.slice(0, paged.items.length + next.items.length).map((p) => p.id));
  });

  it("refuses a bad asOf and status with asOf", async () => {
    for (const query of ["asOf=2025-02-30", "asOf=yesterday", "asOf=0001-01-01", "asOf=2025-05-01&status=current"]) {
      await expectProblem(await call(routes.list, "GET", `/api/v1/positions?${query}`), 422);
    }
  });
});

describe("revisions", () => {
  const list = listOf(revisionItem);

  it("lists changes newest first, pages them, and reads one", async () => {
    const first = await call(revisionListRoute as RouteModule, "GET", "/api/v1/revisions?limit=5");
    expect(first.status).toBe(200);
    const page = await readBody(first, list);
    expect(page.items).toHaveLength(5);
    const times = page.items.map((r) => r.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const next = await readBody(await call(revisionListRoute as RouteModule, "GET", page.links.next!), list);
    expect(next.items.some((r) => page.items.some((p) => p.id === r.id))).toBe(false);

    const one = await call(revisionItemRoute as RouteModule, "GET", `/api/v1/revisions/${page.items[0]!.id}`, { params: { id: page.items[0]!.id } });
    expect(one.status).toBe(200);
    expect(one.headers.get("etag")).toBeTruthy();
    expect(await readBody(one, revisionItem)).toEqual(page.items[0]);
    const id = page.items[0]!.id;
    const refused = await expectProblem(await call(revisionItemRoute as RouteModule, "GET", `/api/v1/revisions/${id}?format=diff`, { params: { id } }), 422);
    expect(refused.errors).toEqual({ format: ["Unknown query parameter “format”"] });
  });

  it("gives one record's history with entityType and entityId", async () => {
    // Visible by the kind's whole rule: a position of a party another file retracted has no history to give.
    const position = await db.position.findFirstOrThrow({ where: recordKind("position").visible });
    const body = await readBody(
      await call(revisionListRoute as RouteModule, "GET", `/api/v1/revisions?entityType=position&entityId=${position.id}`),
      list,
    );
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((r) => r.entityType === "position" && r.entityId === position.id)).toBe(true);
  });

  it("gives the changes to one negotiation and the records inside it, named by id or slug, page by page", async () => {
    const negotiation = await db.negotiation.findUniqueOrThrow({ where: { slug: "israel-hamas-gaza" }, select: { id: true } });
    const get = async (path: string) => readBody(await call(revisionListRoute as RouteModule, "GET", path), list);
    const first = await get("/api/v1/revisions?negotiation=israel-hamas-gaza&limit=30");
    const next = await get(first.links.next!);
    // Read after the lists: other files may add records to it meanwhile, never take one out.
    const inside = await recordsWithin("negotiation", negotiation.id);
    const isInside = (r: { entityType: string; entityId: string }) => inside[r.entityType]?.includes(r.entityId) ?? false;

    expect(first.items).toHaveLength(30);
    expect(first.items.filter((r) => !isInside(r))).toEqual([]);
    expect(new Set(first.items.map((r) => r.entityType)).size).toBeGreaterThan(1);
    expect(next.items.length).toBeGreaterThan(0);
    expect(next.items.filter((r) => !isInside(r))).toEqual([]);
    expect(next.items.some((r) => first.items.some((p) => p.id === r.id))).toBe(false);
    expect(next.items[0]!.createdAt <= first.items.at(-1)!.createdAt).toBe(true);

    // By id, the same changes (other files' new ones aside).
    const byId = await get(`/api/v1/revisions?negotiation=${negotiation.id}&limit=100`);
    expect(first.items.filter((r) => !byId.items.some((b) => b.id === r.id))).toEqual([]);
    const issues = await get("/api/v1/revisions?negotiation=israel-hamas-gaza&entityType=issue&limit=100");
    expect(issues.items.length).toBeGreaterThan(0);
    expect(issues.items.every((r) => r.entityType === "issue" && isInside(r))).toBe(true);
    // One record's history, only if the record is inside the negotiation.
    const [issueId] = inside.issue!;
    expect((await get(`/api/v1/revisions?negotiation=israel-hamas-gaza&entityType=issue&entityId=${issueId}`)).items.length).toBeGreaterThan(0);
    expect((await get(`/api/v1/revisions?negotiation=russia-ukraine&entityType=issue&entityId=${issueId}`)).items).toEqual([]);

    const typo = await expectProblem(await call(revisionListRoute as RouteModule, "GET", "/api/v1/revisions?negotiation=gaza-talks"), 422);
    expect(typo.errors?.negotiation).toEqual(["There is no negotiation “gaza-talks”"]);
  });

  it("gives the changes to one party's records, and to those inside one negotiation with both filters", async () => {
    const party = await db.party.findUniqueOrThrow({ where: { slug: "united-states" }, select: { id: true } });
    const [negotiation, other] = await Promise.all([
      db.negotiation.findUniqueOrThrow({ where: { slug: "israel-hamas-gaza" }, select: { id: true } }),
      db.negotiation.findUniqueOrThrow({ where: { slug: "russia-ukraine" }, select: { id: true } }),
    ]);
    // Every page of a list.
    const all = async (path: string) => {
      const items: RevisionItem[] = [];
      for (let next: string | null | undefined = path; next; ) {
        const body: { items: RevisionItem[]; links: { next?: string | null } } = await readBody(await call(revisionListRoute as RouteModule, "GET", next), list);
        items.push(...body.items);
        next = body.links.next;
      }
      return { items };
    };
    const ofParty = await all("/api/v1/revisions?party=united-states&limit=200");
    const inBoth = await all("/api/v1/revisions?party=united-states&negotiation=israel-hamas-gaza&limit=200");
    // Read after the lists: other files may add records meanwhile, never take one out.
    const [its, inside, elsewhere] = await Promise.all([
      recordsWithin("party", party.id),
      recordsWithin("negotiation", negotiation.id),
      recordsWithin("negotiation", other.id),
    ]);
    const within = (records: Record<string, string[]>) => (r: { entityType: string; entityId: string }) => records[r.entityType]?.includes(r.entityId) ?? false;

    expect(ofParty.items.length).toBeGreaterThan(0);
    expect(ofParty.items.filter((r) => !within(its)(r))).toEqual([]);
    // A party at both tables: its changes in each negotiation, and its own record's, which lies in neither.
    expect(ofParty.items.some(within(inside))).toBe(true);
    expect(ofParty.items.some(within(elsewhere))).toBe(true);
    expect(ofParty.items.some((r) => r.entityType === "party" && r.entityId === party.id)).toBe(true);
    expect(inBoth.items.length).toBeGreaterThan(0);
    expect(inBoth.items.filter((r) => !within(its)(r) || !within(inside)(r))).toEqual([]);
    expect(inBoth.items.filter((r) => !ofParty.items.some((p) => p.id === r.id))).toEqual([]);

    const typo = await expectProblem(await call(revisionListRoute as RouteModule, "GET", "/api/v1/revisions?party=untied-states&negotiation=gaza-talks"), 422);
    expect(typo.errors).toEqual({ negotiation: ["There is no negotiation “gaza-talks”"], party: ["There is no party “untied-states”"] });
  });

  it("refuses bad filters and writes", async () => {
    await expectProblem(await call(revisionListRoute as RouteModule, "GET", "/api/v1/revisions?entityType=planet"), 422);
    await expectProblem(await call(revisionListRoute as RouteModule, "GET", "/api/v1/revisions?since=last-week"), 422);
    const post = await call(revisionListRoute as RouteModule, "POST", "/api/v1/revisions", { token: actors.writeToken, json: {} });
    await expectProblem(post, 405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    await expectProblem(await call(revisionItemRoute as RouteModule, "GET", "/api/v1/revisions/nope", { params: { id: "nope" } }), 404);
  });
});

describe("compare", () => {
  it("compares parties issue by issue, as the compare page does", async () => {
    const response = await call(compareRoute as RouteModule, "GET", "/api/v1/compare?negotiation=russia-ukraine&parties=russia,ukraine");
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await readBody(response, compareResult);
    expect(body.parties.map((p) => p.slug)).toEqual(["russia", "ukraine"]);
    expect(body.rows.length).toBeGreaterThan(0);
    for (const row of body.rows) expect(row.positions.map((p) => p.partyId)).toEqual(body.parties.map((p) => p.id));
    expect(body.rows.some((row) => row.comparison.class === "opposed")).toBe(true);
    // Each position says how sure its coding is, as the record does.
    const stored = new Map((await db.position.findMany({ select: { id: true, termsConfidence: true } })).map((p) => [p.id, p.termsConfidence]));
    const given = body.rows.flatMap((row) => row.positions.flatMap((p) => (p.position ? [p.position] : [])));
    for (const position of given) expect(position.termsConfidence, position.id).toBe(stored.get(position.id));
    expect(given.some((p) => p.termsConfidence === "low")).toBe(true);
  });

  it("says per issue how many of the compared parties have coded terms", async () => {
    // Russia (ru-2025-foreign-troops-targets) and Ukraine (ua-2025-20pt-guarantees) have
    // coded security-guarantee terms; the UAE states nothing on the issue. Root causes is a
    // general issue: nothing to code.
    const body = await readBody(
      await call(compareRoute as RouteModule, "GET", "/api/v1/compare?negotiation=russia-ukraine&parties=russia,ukraine,uae&issues=security-guarantees,root-causes"),
      compareResult,
    );
    const [russia, ukraine] = body.parties;
    expect(body.rows.map((r) => [r.issue.slug, r.coverage])).toEqual([
      ["security-guarantees", { parties: 3, stated: 2, coded: 2, codedPartyIds: [russia!.id, ukraine!.id], codable: true }],
      ["root-causes", { parties: 3, stated: 2, coded: 0, codedPartyIds: [], codable: false }],
    ]);
  });

  it("draws an exchange's figures per releasing party", async () => {
    // Russia's ru-2025-jul-humanitarian (23 July 2025): at least 1,200 prisoners of war each
    // side; Ukraine's memorandum then current (ua-2025-memo-humanitarian) asks all for all and
    // gives no figure.
    const body = await readBody(
      await call(compareRoute as RouteModule, "GET", "/api/v1/compare?negotiation=russia-ukraine&parties=russia,ukraine&issues=humanitarian&asOf=2025-07-31"),
      compareResult,
    );
    expect(body.rows[0]!.series.map((s) => [s.key, s.label, s.unit, s.points.map((p) => p.value)])).toEqual([
      ["released-russia", "Released by Russia", "people", [1200, null]],
      ["released-ukraine", "Released by Ukraine", "people", [1200, null]],
    ]);
  });

  it("narrows to issues and a statement date", async () => {
    const issue = await db.issue.findFirstOrThrow({ where: { negotiation: { slug: "russia-ukraine" }, kind: "territory" } });
    const body = await readBody(
      await call(compareRoute as RouteModule, "GET", `/api/v1/compare?negotiation=russia-ukraine&parties=russia,ukraine&issues=${issue.slug}&asOf=2022-04-01`),
      compareResult,
    );
    expect(body.asOf).toBe("2022-04-01");
    expect(body.rows.map((r) => r.issue.slug)).toEqual([issue.slug]);
    for (const p of body.rows[0]!.positions) if (p.position) expect(p.position.statedOn <= "2022-04-01").toBe(true);
  });

  it("answers 404 for an unknown negotiation and 422 for unknown or malformed parameters", async () => {
    await expectProblem(await call(compareRoute as RouteModule, "GET", "/api/v1/compare?negotiation=atlantis"), 404);
    const unknown = await expectProblem(await call(compareRoute as RouteModule, "GET", "/api/v1/compare?negotiation=russia-ukraine&parties=russia,narnia"), 422);
    expect(unknown.errors?.parties?.[0]).toContain("narnia");
    for (const query of ["", "negotiation=russia-ukraine&asOf=2025-13-01", "negotiation=russia-ukraine&parties=", "negotiation=Bad Slug", "negotiation=russia-ukraine&x=1"]) {
      await expectProblem(await call(compareRoute as RouteModule, "GET", `/api/v1/compare?${query}`), 422);
    }
  });
});

describe("search", () => {
  it("answers with the search page's results and links to the records", async () => {
    const response = await call(searchRoute as RouteModule, "GET", "/api/v1/search?q=ceasefire");
    expect(response.status).toBe(200);
    const body = await readBody(response, searchResult);
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits[0]!.links.self).toMatch(/^\/api\/v1\/(positions|sources|events|commitments)\//);
    if (body.pageCount > 1) expect(body.links.next).toContain("page=2");
    const positions = await readBody(await call(searchRoute as RouteModule, "GET", "/api/v1/search?q=ceasefire&kind=position&party=russia"), searchResult);
    expect(positions.hits.every((h) => h.kind === "position")).toBe(true);
  });

  it("refuses a missing query or bad filters with 422", async () => {
    for (const query of ["", "q=", `q=${"x".repeat(201)}`, "q=a&kind=planet", "q=a&from=2025-05-10&to=2025-05-01", "q=a&page=99"]) {
      await expectProblem(await call(searchRoute as RouteModule, "GET", `/api/v1/search?${query}`), 422);
    }
    // A misspelt filter is named, not ignored: the search would otherwise be wider than asked.
    const problem = await expectProblem(await call(searchRoute as RouteModule, "GET", "/api/v1/search?q=ceasefire&stanse=demands"), 422);
    expect(problem.errors).toEqual({ stanse: ["Unknown query parameter “stanse”"] });
  });
});

describe("the rest of /api/v1", () => {
  it("serves the OpenAPI document", async () => {
    const response = await call(openapiRoute as RouteModule, "GET", "/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/positions/{id}");
  });

  it("answers unknown addresses with a problem+json 404", async () => {
    for (const method of ["GET", "POST", "PATCH", "DELETE"] as const) {
      await expectProblem(await call(catchAll as RouteModule, method, "/api/v1/nothing/here", { params: { path: ["nothing", "here"] } }), 404);
    }
  });
});

describe("position actions", () => {
  const positions = recordRoutes.position;

  async function newPosition() {
    const response = await call(positions.list, "POST", "/api/v1/positions", { token: actors.writeToken, json: await positionFields({ statedOn: "2025-05-11" }) });
    expect(response.status).toBe(201);
    return readBody(response, positionItem);
  }

  it("supersedes the current statement with a newer one (201), which becomes current", async () => {
    const old = await newPosition();
    const at = `/api/v1/positions/${old.id}/supersede`;
    const { partyId: _p, issueId: _i, ...fields } = await positionFields({ statedOn: "2025-05-20", stance: "conditional" });
    const response = await call(supersedeRoute, "POST", at, { params: { id: old.id }, token: actors.writeToken, json: { ...fields, version: 1, note: "New statement" } });
    expect(response.status, await response.clone().text()).toBe(201);
    const created = await readBody(response, positionItem);
    expect(response.headers.get("location")).toBe(`http://parley.test/api/v1/positions/${created.id}`);
    expect(created).toMatchObject({ partyId: old.partyId, issueId: old.issueId, stance: "conditional", status: "current", statedOn: "2025-05-20" });
    const before = await readBody(await call(positions.item, "GET", `/api/v1/positions/${old.id}`, { params: { id: old.id } }), positionItem);
    expect(before).toMatchObject({ status: "superseded", supersededById: created.id, version: 2 });

    // The old statement is no longer current: superseding it again is a conflict, not a second new statement.
    const again = await call(supersedeRoute, "POST", at, { params: { id: old.id }, token: actors.writeToken, json: { ...fields, version: 2 } });
    const problem = await expectProblem(again, 409);
    expect(positionItem.parse(problem.current).status).toBe("superseded");
    // Without a version, nothing happens; an earlier date is an invalid field.
    await expectProblem(await call(supersedeRoute, "POST", `/api/v1/positions/${created.id}/supersede`, { params: { id: created.id }, token: actors.writeToken, json: fields }), 428);
    const earlier = await call(supersedeRoute, "POST", `/api/v1/positions/${created.id}/supersede`, {
      params: { id: created.id }, token: actors.writeToken, json: { ...fields, statedOn: "2025-01-01", version: 1 },
    });
    expect(Object.keys((await expectProblem(earlier, 422)).errors ?? {})).toEqual(["statedOn"]);
  });

  it("withdraws a statement from a date (200), with If-Match", async () => {
    const position = await newPosition();
    const read = await call(positions.item, "GET", `/api/v1/positions/${position.id}`, { params: { id: position.id } });
    const response = await call(withdrawRoute, "POST", `/api/v1/positions/${position.id}/withdraw`, {
      params: { id: position.id }, token: actors.writeToken, headers: { "if-match": read.headers.get("etag")! }, json: { withdrawnOn: "2025-06-01" },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await readBody(response, positionItem)).toMatchObject({ status: "withdrawn", withdrawnOn: "2025-06-01", version: 2 });
    const stale = await call(withdrawRoute, "POST", `/api/v1/positions/${position.id}/withdraw`, {
      params: { id: position.id }, token: actors.writeToken, headers: { "if-match": read.headers.get("etag")! }, json: { withdrawnOn: "2025-06-02" },
    });
    await expectProblem(stale, 412);
    await expectProblem(await call(withdrawRoute, "POST", `/api/v1/positions/${position.id}/withdraw`, { params: { id: position.id }, token: actors.readToken, json: { withdrawnOn: "2025-06-02", version: 2 } }), 403);
    const get = await call(withdrawRoute, "GET", `/api/v1/positions/${position.id}/withdraw`, { params: { id: position.id } });
    await expectProblem(get, 405);
    expect(get.headers.get("allow")).toBe("POST, OPTIONS");
  });
});
