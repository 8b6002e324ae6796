// Maps read the records: the seeded negotiation's areas compared area by area for the
// compare page's difference map (on fixed statement dates, against the seeded claims), the
// areas as GeoJSON with one party's claims, and drawn outlines written through the API
// (bad GeoJSON changes nothing).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as geojsonRoute from "@/app/api/v1/negotiations/[id]/areas.geojson/route";
import { areaItem } from "@/lib/areas/area-api-schema";
import { getComparison } from "@/lib/compare/get-comparison";
import { db } from "@/lib/db/client";
import { areasGeoJson } from "@/lib/maps/areas-geojson-schema";
import { listDifferenceMaps } from "@/lib/maps/difference-areas";
import { signedRingArea } from "@/lib/maps/geometry";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { editor, newParty, unique } from "../support/editing";
import { call, createApiActors, databaseFingerprint, expectProblem, recordRoutes, type ApiActors, type RouteModule } from "./api-support";

afterAll(() => db.$disconnect());

const SEEDED = "russia-ukraine";
// The seeded negotiation's own areas: other suites sharing the database add fixture areas to
// it, which these checks leave aside.
const seededAreas = new Set(
  (JSON.parse(readFileSync("prisma/seed/russia-ukraine.json", "utf8")) as { areas: { slug: string }[] }).areas.map((a) => a.slug),
);
const seeded = <T>(list: T[], slugOf: (item: T) => string) => list.filter((item) => seededAreas.has(slugOf(item)));

async function differences(asOf: string) {
  const data = await getComparison({ negotiation: SEEDED, parties: ["russia", "ukraine"], issues: ["territory"], asOf: new Date(asOf) });
  const [map] = await listDifferenceMaps(data!, new Date(asOf));
  return { map: map!, byArea: Object.fromEntries(map!.areas.map((a) => [a.area, a])) };
}

describe("the difference map's areas, compared one by one", () => {
  it("compares every seeded area by the claims current on the date, as the rules read them", async () => {
    // Russia's March 2026 memorandum against Ukraine's February 2026 freeze.
    const { map, byArea } = await differences("2026-04-01");
    expect(map.parties).toEqual(["Russia", "Ukraine"]);
    expect(seededAreas.size).toBe(11);
    expect(seeded(map.areas, (a) => a.area)).toHaveLength(11);
    expect(byArea.donetsk).toMatchObject({
      class: "opposed",
      reason: "Russia wants the withdrawal of Ukraine's forces; Ukraine wants a freeze at the current line; Russia holds part of it now",
    });
    expect(byArea.sumy).toMatchObject({ class: "partly-aligned" });
    expect(byArea.kherson).toMatchObject({ class: "aligned", reason: "Russia and Ukraine both want a freeze at the current line" });
    // The plant lies in Zaporizhzhia region: Russia's claim on the region stands for it, Ukraine's on every area it does not name.
    expect(byArea["zaporizhzhia-npp"]).toMatchObject({ class: "aligned" });
    expect(byArea.crimea).toMatchObject({ class: "unknown", reason: "Nothing coded for Russia names it" });
    expect(seeded(map.layout.missing, (a) => a.slug).map((a) => a.slug)).toEqual(["zaporizhzhia-npp"]);
    expect(seeded(map.layout.areas, (a) => a.slug)).toHaveLength(10);
  });

  it("travels back in time with the claims", async () => {
    const { byArea } = await differences("2022-04-01");
    expect(byArea.crimea).toMatchObject({ class: "unknown", reason: "Nothing coded for Russia names it; Ukraine leaves it undecided" });
    expect(byArea.donetsk).toMatchObject({ class: "unknown", reason: "Nothing coded for Russia names it; nothing coded for Ukraine names it" });
    const later = await differences("2022-12-31");
    // Russia's four annexed regions against Ukraine's withdrawal of Russia's forces from every
    // area; Russia's statement of December 2022 (its current one then) does not name Crimea.
    expect(later.byArea.kherson).toMatchObject({ class: "opposed" });
    expect(later.byArea.crimea).toMatchObject({ class: "unknown", reason: "Nothing coded for Russia names it" });
    expect(later.byArea.sumy).toMatchObject({ class: "unknown", reason: "Nothing coded for Russia names it" });
  });
});

const geojson = (query = "", negotiation = SEEDED) =>
  call(geojsonRoute as RouteModule, "GET", `/api/v1/negotiations/${negotiation}/areas.geojson${query}`, { params: { id: negotiation } });

async function readGeoJson(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
  expect(response.headers.get("etag")).toBeTruthy();
  const body = areasGeoJson.parse(await response.json());
  return { body, bySlug: Object.fromEntries(body.features.map((f) => [f.properties.slug, f])) };
}

describe("GET /api/v1/negotiations/{id}/areas.geojson", () => {
  it("gives every area, with the admin-1 outline its code names, in RFC 7946 winding", async () => {
    const { body, bySlug } = await readGeoJson(await geojson());
    expect(body.type).toBe("FeatureCollection");
    expect(body.party).toBeNull();
    expect(seeded(body.features, (f) => f.properties.slug)).toHaveLength(11);
    const crimea = bySlug.crimea!;
    expect(crimea.properties).toMatchObject({ name: "Crimea", code: "UA-43", shape: "admin-1", heldBy: "russia" });
    expect(crimea.properties.claims).toBeUndefined();
    const polygons = (crimea.geometry!.type === "Polygon" ? [crimea.geometry!.coordinates] : crimea.geometry!.coordinates) as number[][][][];
    for (const [exterior] of polygons) {
      expect(exterior![0]).toEqual(exterior!.at(-1));
      expect(signedRingArea(exterior!)).toBeGreaterThan(0);
      for (const [lon, lat] of exterior!) expect(lon! > 32 && lon! < 37 && lat! > 44 && lat! < 47, `${lon},${lat}`).toBe(true);
    }
    expect(bySlug["zaporizhzhia-npp"]).toMatchObject({ geometry: null, properties: { shape: null, parent: "zaporizhzhia" } });
  });

  it("adds a party's claims as the positions current on the date state them", async () => {
    const { body, bySlug } = await readGeoJson(await geojson("?party=russia&asOf=2022-04-20"));
    expect(body).toMatchObject({ party: { slug: "russia" }, asOf: "2022-04-20" });
    expect(bySlug.crimea!.properties.claims).toEqual([
      { issue: "territory", outcome: "held-by", party: "russia", recognition: "de-jure", claimedOn: "crimea", position: expect.any(String), statedOn: "2022-04-15" },
    ]);
    expect(bySlug.donetsk!.properties.claims).toEqual([]);
    const ukraine = await readGeoJson(await geojson("?party=ukraine&asOf=2022-12-01"));
    for (const feature of ukraine.body.features) {
      expect(feature.properties.claims, feature.properties.slug).toMatchObject([{ outcome: "withdrawal", party: "russia", claimedOn: "all", statedOn: "2022-11-15" }]);
    }
  });

  it("answers bad input with problem+json naming the parameter", async () => {
    const cases: [string, string, number, string][] = [
      ["?asOf=2022-13-45&party=russia", SEEDED, 422, "asOf"],
      ["?asOf=2022-04-01", SEEDED, 422, "asOf"],
      ["?party=nobody-at-all", SEEDED, 422, "party"],
      ["?colour=red", SEEDED, 422, "colour"],
      ["?party=russia&party=ukraine", SEEDED, 422, "party"],
    ];
    for (const [query, negotiation, status, field] of cases) {
      const problem = await expectProblem(await geojson(query, negotiation), status);
      expect(Object.keys(problem.errors ?? {}), query).toContain(field);
    }
    const missing = await expectProblem(await geojson("", "no-such-talks"), 404);
    expect(missing.detail).toContain("no-such-talks");
  });
});

describe("a drawn outline through the API", () => {
  let actors: ApiActors;
  let negotiation: { id: string; slug: string };
  beforeAll(async () => {
    actors = await createApiActors();
    const party = await newParty();
    negotiation = await createNegotiation({
      input: { slug: unique("zone-talks"), title: "Zone talks", summary: "Test talks.", status: "active", parties: [{ partyId: party.id, role: null }] },
      actor: editor,
    });
  });

  // Wound clockwise, as some drawing programs save it: stored counter-clockwise (RFC 7946).
  const zone = { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[20, 50], [20, 50.2], [20.3, 50.2], [20.3, 50], [20, 50]]] } };

  it("is stored as a geometry, drawn on the map and served as GeoJSON", async () => {
    const response = await call(recordRoutes.area.list, "POST", "/api/v1/areas", {
      token: actors.writeToken,
      json: { negotiationId: negotiation.id, slug: "buffer-zone", name: "Buffer zone", kind: "zone", outline: zone },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const item = areaItem.parse(await response.json());
    expect(item.outline).toEqual({ type: "Polygon", coordinates: [[[20, 50], [20.3, 50], [20.3, 50.2], [20, 50.2], [20, 50]]] });
    const { bySlug } = await readGeoJson(await geojson("", negotiation.slug));
    expect(bySlug["buffer-zone"]).toMatchObject({ geometry: item.outline, properties: { shape: "drawn", code: null } });
  });

  it("refuses bad GeoJSON with a message per problem, and changes nothing", async () => {
    const area = await db.area.findFirstOrThrow({ where: { negotiationId: negotiation.id, slug: "buffer-zone" } });
    const before = await databaseFingerprint();
    const bad = { type: "Polygon", coordinates: [[[20, 50], [20, 95], [20.3, 50.2], [20, 50]]] };
    const problem = await expectProblem(
      await call(recordRoutes.area.item, "PATCH", `/api/v1/areas/${area.id}`, { params: { id: area.id }, token: actors.writeToken, json: { version: area.version, outline: bad } }),
      422,
    );
    expect(problem.errors?.outline).toEqual(["Ring 1, position 2: latitude 95 is outside −90 to 90 (are longitude and latitude swapped? GeoJSON puts longitude first)"]);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses GeoJSON nested thousands of levels deep with a 422, not a 500, and changes nothing", async () => {
    const before = await databaseFingerprint();
    const depth = 5_000;
    const deep = '{"type":"GeometryCollection","geometries":['.repeat(depth) + '{"type":"LineString","coordinates":[[20,50],[21,51]]}' + "]}".repeat(depth);
    const body = `{"negotiationId":${JSON.stringify(negotiation.id)},"slug":"deep-line","name":"Deep line","kind":"line","outline":${deep}}`;
    const response = await call(recordRoutes.area.list, "POST", "/api/v1/areas", { token: actors.writeToken, headers: { "content-type": "application/json" }, body });
    const problem = await expectProblem(response, 422);
    expect(problem.errors?.outline?.[0]).toMatch(/^The outline is nested more than \d+ levels deep/);
    expect(await databaseFingerprint()).toEqual(before);
  });
});
