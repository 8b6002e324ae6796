// Property-based fuzzing of every write endpoint (and the query strings of every read):
// random and hostile bodies, media types, sizes and headers must each get a 4xx
// problem+json answer — never a 5xx — and leave the database exactly as it was.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import * as compareRoute from "@/app/api/v1/compare/route";
import * as planDiffRoute from "@/app/api/v1/plan-diff/route";
import { supersedeBody, withdrawBody } from "@/lib/positions/position-api-actions";
import * as revisionListRoute from "@/app/api/v1/revisions/route";
import * as searchRoute from "@/app/api/v1/search/route";
import { apiResources } from "@/lib/api/registry";
import type { ApiResource } from "@/lib/api/resource";
import { db } from "@/lib/db/client";
import type { EntityType } from "@/lib/records/registry";
import { entityCases } from "../support/editing-entities";
import {
  call,
  createApiActors,
  databaseFingerprint,
  recordRestoreRoutes,
  recordRoutes,
  type ApiActors,
  type RouteModule,
  supersedeRoute,
  withdrawRoute,
} from "./api-support";

const RUNS = Number(process.env.API_FUZZ_RUNS ?? 60);

let actors: ApiActors;
/** Per record kind: a valid body for a new record, and an existing record with its ETag. */
const fixtures = new Map<EntityType, { valid: Record<string, unknown>; id: string; etag: string; staleEtag: string }>();
/** Per record kind: a retracted record, to try restoring. */
const retractedFixtures = new Map<EntityType, { id: string; etag: string }>();

beforeAll(async () => {
  actors = await createApiActors();
  for (const entity of entityCases) {
    const resource = resourceOf(entity.type);
    const valid = await entity.input();
    const created = await call(recordRoutes[entity.type].list, "POST", `/api/v1/${resource.path}`, { token: actors.writeToken, json: await entity.input() });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id, version } = (await created.json()) as { id: string; version: number };
    fixtures.set(entity.type, { valid, id, etag: created.headers.get("etag")!, staleEtag: `"${id}.v${version + 7}"` });

    const other = await call(recordRoutes[entity.type].list, "POST", `/api/v1/${resource.path}`, { token: actors.writeToken, json: await entity.input() });
    const otherId = ((await other.json()) as { id: string }).id;
    const retracted = await call(recordRoutes[entity.type].item, "DELETE", `/api/v1/${resource.path}/${otherId}`, {
      token: actors.writeToken, params: { id: otherId }, json: { version: 1 },
    });
    expect(retracted.status).toBe(204);
    retractedFixtures.set(entity.type, { id: otherId, etag: retracted.headers.get("etag")! });
  }
}, 120_000);
afterAll(() => db.$disconnect());

function resourceOf(type: EntityType) {
  return apiResources.find((r) => r.entityType === type)! as unknown as ApiResource;
}

const printable = (maxLength: number) =>
  fc.array(fc.integer({ min: 0x20, max: 0x7e }), { maxLength }).map((codes) => String.fromCharCode(...codes));

const badValue = fc.oneof(
  fc.constantFrom<unknown>(
    null, 0, -1, 1.5, 1e308, true, "", " ", [], {}, [null], { "": "" }, "\u202e", "\u0000", "\ud800", "a\nb",
    "1900-02-30", "2025-13-01", "javascript:alert(1)", "<script>alert(1)</script>", "'; DROP TABLE \"Position\"; --",
    "x".repeat(10_001), "y".repeat(240_000), ["dup", "dup"], { __proto__: { polluted: true } },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Replaces a reference with an id that names nothing. */
const brokenReferences: Record<string, unknown> = {
  partyId: "no-such-party", issueId: "no-such-issue", eventId: "no-such-event", negotiationId: "no-such-negotiation",
  participantIds: ["no-such-party"], sourceIds: ["no-such-source"], partyIds: ["no-such-party"],
  citations: [{ sourceId: "no-such-source", attribution: "analyst" }], parties: [{ partyId: "no-such-party" }],
};

type Sent = { contentType?: string; body?: string | Uint8Array; ifMatch?: string };

/** JSON bodies that the endpoint's own schema refuses, or that name records that do not exist. */
function invalidJson(schema: z.ZodObject, valid: Record<string, unknown>) {
  const keys = Object.keys(schema.shape);
  const refusedBySchema = (value: unknown) => !schema.safeParse(value).success;
  const references = keys.filter((k) => k in brokenReferences && k in valid);
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).filter(refusedBySchema),
    fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).filter(refusedBySchema),
    fc.record({ key: fc.constantFrom(...keys), value: badValue })
      .map(({ key, value }) => ({ ...valid, [key]: value }))
      .filter(refusedBySchema),
    fc.record({ key: printable(20).filter((k) => !keys.includes(k)), value: fc.jsonValue({ maxDepth: 1 }) })
      .map(({ key, value }) => ({ ...valid, [key]: value })),
    ...(references.length ? [fc.constantFrom(...references).map((key) => ({ ...valid, [key]: brokenReferences[key] }))] : []),
  );
}

/** Everything a client could send: JSON the schema refuses, other media types, raw bytes, oversized bodies. */
function hostileRequests(schema: z.ZodObject, valid: Record<string, unknown>, ifMatch: fc.Arbitrary<string | undefined>) {
  const mediaType = fc.oneof(
    fc.constantFrom(
      "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx",
      "application/xml", "", "json", "application/json; charset=utf-16",
    ),
    printable(40),
  );
  const json = fc.record({ value: invalidJson(schema, valid), ifMatch }).map(({ value, ifMatch }): Sent => ({
    contentType: "application/json",
    body: JSON.stringify(value),
    ifMatch,
  }));
  // Bodies sent without a usable version: whatever they hold, nothing may be written.
  const raw: fc.Arbitrary<Sent> = fc.record({
    contentType: fc.option(mediaType, { nil: undefined }),
    body: fc.oneof(printable(200), fc.uint8Array({ maxLength: 200 }), fc.constantFrom("{", "[1,", "nul", "\"\\ud800\"", "{\"a\":1}{")),
  });
  const huge = fc.constantFrom<Sent>(
    { contentType: "application/json", body: JSON.stringify({ summary: "z".repeat(300_000) }) },
    { contentType: "application/json", body: `"${"q".repeat(2_000_000)}"` },
  );
  return fc.oneof({ weight: 6, arbitrary: json }, { weight: 3, arbitrary: raw }, { weight: 1, arbitrary: huge });
}

async function expectRefused(response: Response, sent: Sent) {
  const text = await response.text();
  const label = `${response.status} for ${sent.contentType ?? "(none)"} ${String(sent.body).slice(0, 120)}: ${text.slice(0, 300)}`;
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  expect(response.headers.get("content-type"), label).toBe("application/problem+json");
}

function send(route: RouteModule, method: "POST" | "PATCH" | "DELETE", path: string, id: string | undefined, sent: Sent) {
  const headers: Record<string, string> = {};
  if (sent.contentType !== undefined) headers["content-type"] = sent.contentType;
  if (sent.ifMatch !== undefined) headers["if-match"] = sent.ifMatch;
  return call(route, method, path, { token: actors.writeToken, params: id ? { id } : undefined, headers, body: sent.body as BodyInit });
}

describe.each(entityCases.map((e) => e.type))("%s writes", (type) => {
  const resource = resourceOf(type);
  const routes = recordRoutes[type];

  async function unchangedAfter(property: fc.IAsyncProperty<[Sent]>) {
    const before = await databaseFingerprint();
    await fc.assert(property, { numRuns: RUNS });
    expect(await databaseFingerprint()).toEqual(before);
  }

  it("POST refuses every hostile request and writes nothing", async () => {
    const { valid } = fixtures.get(type)!;
    await unchangedAfter(
      fc.asyncProperty(hostileRequests(resource.createBody, valid, fc.constant(undefined)), async (sent) => {
        await expectRefused(await send(routes.list, "POST", `/api/v1/${resource.path}`, undefined, sent), sent);
      }),
    );
  });

  it("PATCH refuses every hostile request and writes nothing", async () => {
    const { valid, id, etag, staleEtag } = fixtures.get(type)!;
    // The current ETag only with bodies the schema refuses; otherwise none, a stale one or noise.
    const ifMatch = fc.oneof(fc.constant(etag), fc.constant(undefined), fc.constant(staleEtag), printable(60).filter((h) => !h.includes("*")));
    const patchable = Object.fromEntries(Object.entries(valid).slice(0, 2));
    await unchangedAfter(
      fc.asyncProperty(hostileRequests(resource.patchBody, patchable, ifMatch), async (sent) => {
        const safe = sent.ifMatch === etag && sent.contentType !== "application/json" ? { ...sent, ifMatch: staleEtag } : sent;
        await expectRefused(await send(routes.item, "PATCH", `/api/v1/${resource.path}/${id}`, id, safe), safe);
      }),
    );
  });

  it("DELETE refuses every hostile request and writes nothing", async () => {
    const { id, staleEtag } = fixtures.get(type)!;
    const ifMatch = fc.oneof(fc.constant(undefined), fc.constant(staleEtag), printable(60).filter((h) => !h.includes("*") && !h.includes(`${id}.v1`)));
    await unchangedAfter(
      fc.asyncProperty(
        hostileRequests(resource.deleteBody, { note: "Retracting" }, ifMatch).filter((sent) => !namesVersion(sent.body, 1)),
        async (sent) => {
          await expectRefused(await send(routes.item, "DELETE", `/api/v1/${resource.path}/${id}`, id, sent), sent);
        },
      ),
    );
  });

  it("restore refuses every hostile request and writes nothing", async () => {
    const { id, etag } = retractedFixtures.get(type)!;
    const ifMatch = fc.oneof(fc.constant(etag), fc.constant(undefined), fc.constant(`"${id}.v1"`), printable(60).filter((h) => !h.includes("*") && !h.includes(`${id}.v2`)));
    await unchangedAfter(
      fc.asyncProperty(
        hostileRequests(resource.deleteBody, { note: "Restoring" }, ifMatch).filter((sent) => !namesVersion(sent.body, 2)),
        async (sent) => {
          const safe = sent.ifMatch === etag && sent.contentType !== "application/json" ? { ...sent, ifMatch: undefined } : sent;
          await expectRefused(await send(recordRestoreRoutes[type], "POST", `/api/v1/${resource.path}/${id}/restore`, id, safe), safe);
        },
      ),
    );
  });
});

describe("position actions", () => {
  const actions = [
    ["supersede", supersedeRoute as RouteModule, supersedeBody],
    ["withdraw", withdrawRoute as RouteModule, withdrawBody],
  ] as const;

  it.each(actions)("POST /positions/{id}/%s refuses every hostile request and writes nothing", async (action, route, schema) => {
    const { id, etag, staleEtag } = fixtures.get("position")!;
    const { partyId: _p, issueId: _i, ...statement } = fixtures.get("position")!.valid;
    // Today: after the fixture's statement, and no later than a statement may be dated.
    const today = new Date().toISOString().slice(0, 10);
    const valid = action === "supersede" ? { ...statement, statedOn: today } : { withdrawnOn: today };
    const ifMatch = fc.oneof(fc.constant(etag), fc.constant(undefined), fc.constant(staleEtag), printable(60).filter((h) => !h.includes("*")));
    const before = await databaseFingerprint();
    await fc.assert(
      fc.asyncProperty(hostileRequests(schema, valid, ifMatch), async (sent) => {
        const safe = sent.ifMatch === etag && sent.contentType !== "application/json" ? { ...sent, ifMatch: staleEtag } : sent;
        await expectRefused(await send(route, "POST", `/api/v1/positions/${id}/${action}`, id, safe), safe);
      }),
      { numRuns: RUNS },
    );
    expect(await databaseFingerprint()).toEqual(before);
  });
});

/** A body naming the record's version would be a valid retraction or restore, not a hostile request. */
function namesVersion(body: Sent["body"], version: number) {
  if (typeof body !== "string") return false;
  try {
    const value = JSON.parse(body) as { version?: unknown };
    return value !== null && typeof value === "object" && value.version === version;
  } catch {
    return false;
  }
}

describe("query strings", () => {
  const reads: [string, RouteModule][] = [
    ...apiResources.map((r) => [`/api/v1/${r.path}`, recordRoutes[r.entityType as EntityType].list] as [string, RouteModule]),
    ["/api/v1/revisions", revisionListRoute as RouteModule],
    ["/api/v1/compare", compareRoute as RouteModule],
    ["/api/v1/plan-diff", planDiffRoute as RouteModule],
    ["/api/v1/search", searchRoute as RouteModule],
  ];
  const names = ["limit", "cursor", "q", "asOf", "negotiation", "party", "issue", "parties", "issues", "stance", "status", "kind", "from", "to", "page", "since", "entityType", "entityId", "action", "event"];
  const value = fc.oneof(
    printable(30),
    fc.constantFrom("", "0", "-1", "201", "1e9", "NaN", "2025-02-30", "russia", "russia,ukraine", "us-28-point-plan-2025-11", "ua-us-20-point-framework-2025-12-23", "%", "_", "'", "\"", "\\", "a\\", "\u0000", "é", "a,a", "eyJhZnRlciI6MX0", "2025-05-16T00:00:00Z"),
    fc.string({ maxLength: 30 }),
  );
  const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), printable(10)), value), { maxLength: 5 });

  it.each(reads)("%s answers 200 or a 4xx problem, never a 5xx", async (path, route) => {
    await fc.assert(
      fc.asyncProperty(query, async (pairs) => {
        const params = new URLSearchParams(pairs);
        const response = await call(route, "GET", `${path}?${params}`);
        const text = await response.text();
        expect(response.status, `${path}?${params} → ${text.slice(0, 300)}`).toBeLessThan(500);
        if (response.status !== 200) {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.headers.get("content-type")).toBe("application/problem+json");
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
