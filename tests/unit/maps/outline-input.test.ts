import { describe, expect, it } from "vitest";
import { signedRingArea } from "@/lib/maps/geometry";
import { drawnOutline, MAX_OUTLINE_BYTES, MAX_OUTLINE_DEPTH, MAX_OUTLINE_VERTICES } from "@/lib/maps/outline-input";
import { box, clockwiseBox, line } from "./shapes";

function messages(input: unknown): string[] {
  const result = drawnOutline.safeParse(input);
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error.issues.map((i) => i.message);
}

function parsed(input: unknown) {
  const result = drawnOutline.safeParse(input);
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join("; "));
  return result.data;
}

const feature = (geometry: unknown) => ({ type: "Feature", properties: { name: "Zone" }, geometry });

describe("drawnOutline accepts", () => {
  it("a bare Polygon, as text or as a parsed value, in RFC 7946 winding", () => {
    const fromText = parsed(JSON.stringify(clockwiseBox(34.2, 31.3, 0.1)));
    expect(fromText.type).toBe("Polygon");
    expect(signedRingArea((fromText as { coordinates: number[][][] }).coordinates[0]!)).toBeGreaterThan(0);
    expect(parsed(clockwiseBox(34.2, 31.3, 0.1))).toEqual(fromText);
  });

  it("a Feature, unwrapped to its geometry", () => {
    expect(parsed(feature(box(1, 2, 1)))).toEqual(box(1, 2, 1));
  });

  it("a FeatureCollection of polygons, combined into one MultiPolygon", () => {
    const collection = { type: "FeatureCollection", features: [feature(box(1, 2, 1)), feature({ type: "MultiPolygon", coordinates: [box(5, 5, 1).coordinates] })] };
    expect(parsed(collection)).toEqual({ type: "MultiPolygon", coordinates: [box(1, 2, 1).coordinates, box(5, 5, 1).coordinates] });
  });

  it("lines, and a GeometryCollection of lines as one MultiLineString", () => {
    expect(parsed(line([1, 1], [2, 2]))).toEqual(line([1, 1], [2, 2]));
    const collection = { type: "GeometryCollection", geometries: [line([1, 1], [2, 2]), { type: "MultiLineString", coordinates: [[[3, 3], [4, 4]]] }] };
    expect(parsed(collection)).toEqual({ type: "MultiLineString", coordinates: [[[1, 1], [2, 2]], [[3, 3], [4, 4]]] });
  });

  it("collections inside collections, up to the nesting limit", () => {
    // A line is 3 levels deep (object, coordinates, position); each collection around it adds 2.
    const within = Math.floor((MAX_OUTLINE_DEPTH - 3) / 2);
    const wrapped = (times: number) => {
      let nested: unknown = line([1, 1], [2, 2]);
      for (let i = 0; i < times; i++) nested = { type: "GeometryCollection", geometries: [nested] };
      return nested;
    };
    expect(parsed(wrapped(within))).toEqual(line([1, 1], [2, 2]));
    expect(messages(wrapped(within + 1))[0]).toMatch(/^The outline is nested more than/);
  });

  it("positions with an altitude, dropped, and rounds to six decimals", () => {
    const result = parsed({ type: "LineString", coordinates: [[1.123456789, 2, 100], [3, 4.000000049, 0]] });
    expect(result).toEqual({ type: "LineString", coordinates: [[1.123457, 2], [3, 4]] });
  });

  it("exactly the vertex limit", () => {
    const coordinates = Array.from({ length: MAX_OUTLINE_VERTICES }, (_, i) => [i / 1000, (i % 2) / 1000]);
    expect(parsed({ type: "LineString", coordinates }).type).toBe("LineString");
  });
});

describe("drawnOutline refuses, saying what and where", () => {
  it("nothing at all", () => {
    expect(messages("")).toEqual(["Choose a GeoJSON file, or paste GeoJSON"]);
    expect(messages(null)).toEqual(["Choose a GeoJSON file, or paste GeoJSON"]);
  });

  it("text that is not JSON", () => {
    expect(messages("{ type: Polygon")[0]).toMatch(/^The outline is not valid JSON \(.+\)\. Save it from your drawing program as GeoJSON\.$/);
  });

  it("a file over the size limit, naming both sizes", () => {
    const big = JSON.stringify({ type: "LineString", coordinates: [[0, 0], [1, 1]], padding: "x".repeat(MAX_OUTLINE_BYTES) });
    expect(messages(big)).toEqual([`The outline is ${Math.ceil(big.length / 1024)} kB; at most 256 kB is accepted. Simplify it (fewer points) and upload it again.`]);
    expect(messages(JSON.parse(big))[0]).toMatch(/^The outline is \d+ kB; at most 256 kB/);
  });

  it("nesting thousands of levels deep, as a value or as text, with a message rather than a failure", () => {
    const depth = 5_000;
    const collections = '{"type":"GeometryCollection","geometries":['.repeat(depth) + JSON.stringify(line([0, 0], [1, 1])) + "]}".repeat(depth);
    const coordinates = `{"type":"LineString","coordinates":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const expected = [`The outline is nested more than ${MAX_OUTLINE_DEPTH} levels deep, which no GeoJSON outline needs. Save it from your drawing program as GeoJSON.`];
    for (const text of [collections, coordinates]) {
      expect(messages(text)).toEqual(expected);
      expect(messages(JSON.parse(text))).toEqual(expected);
    }
  });

  it("JSON that is not an object", () => {
    expect(messages("[1, 2]")).toEqual(["The outline must be a GeoJSON object: a Feature, a FeatureCollection or a geometry"]);
  });

  it("an object without a type", () => {
    expect(messages({ coordinates: [] })[0]).toBe('The object has no "type": expected a Feature, a FeatureCollection or a Polygon, MultiPolygon, LineString or MultiLineString');
  });

  it("geometry types an outline cannot be", () => {
    expect(messages({ type: "Point", coordinates: [1, 2] })).toEqual([
      'GeoJSON type "Point" is not accepted: an outline is a Polygon, MultiPolygon, LineString or MultiLineString',
    ]);
    expect(messages({ type: "FeatureCollection", features: [feature(box(0, 0, 1)), feature({ type: "MultiPoint", coordinates: [] })] })).toEqual([
      'Feature 2: GeoJSON type "MultiPoint" is not accepted: an outline is a Polygon, MultiPolygon, LineString or MultiLineString',
    ]);
  });

  it("empty collections and features without geometry", () => {
    expect(messages({ type: "FeatureCollection", features: [] })).toEqual(["The FeatureCollection is empty"]);
    expect(messages({ type: "FeatureCollection" })).toEqual(['A FeatureCollection needs a "features" list']);
    expect(messages(feature(null))).toEqual(["The Feature has no geometry"]);
  });

  it("areas and lines mixed", () => {
    expect(messages({ type: "GeometryCollection", geometries: [box(0, 0, 1), line([0, 0], [1, 1])] })).toEqual([
      "The outline mixes areas (Polygon) and lines (LineString): upload one or the other",
    ]);
  });

  it("longitudes and latitudes out of range, suggesting a swap where it fits", () => {
    expect(messages(line([181, 0], [0, 0]))).toEqual(["The line, position 1: longitude 181 is outside −180 to 180"]);
    expect(messages(line([31.5, 34.4], [34.4, 131.5]))).toEqual([
      "The line, position 2: latitude 131.5 is outside −90 to 90 (are longitude and latitude swapped? GeoJSON puts longitude first)",
    ]);
  });

  it("positions that are not pairs of numbers", () => {
    expect(messages(line([1, "2"] as never, [3, 4]))).toEqual(["The line, position 1: a position is [longitude, latitude], in numbers"]);
    expect(messages({ type: "LineString", coordinates: [[1], [2, 3]] })).toEqual(["The line, position 1: a position is [longitude, latitude], in numbers"]);
    expect(messages({ type: "Polygon", coordinates: "none" })).toEqual(["The Polygon: expected a non-empty list of coordinates"]);
  });

  it("rings that are not closed or too short, naming the polygon and ring", () => {
    const open = { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] };
    expect(messages(open)).toEqual(["Ring 1: the ring is not closed; its last position must repeat its first"]);
    const short = { type: "MultiPolygon", coordinates: [box(5, 5, 1).coordinates, [[[0, 0], [1, 0], [0, 0]]]] };
    expect(messages(short)).toEqual(["Polygon 2, ring 1: a ring needs at least 4 positions (3 corners, then the first again)"]);
    const inFeature = { type: "FeatureCollection", features: [feature(box(5, 5, 1)), feature(open)] };
    expect(messages(inFeature)).toEqual(["Feature 2, ring 1: the ring is not closed; its last position must repeat its first"]);
  });

  it("lines of one position", () => {
    expect(messages({ type: "MultiLineString", coordinates: [[[0, 0], [1, 1]], [[2, 2]]] })).toEqual(["Line 2: a line needs at least 2 positions"]);
  });

  it("more points than the limit", () => {
    const coordinates = Array.from({ length: MAX_OUTLINE_VERTICES + 1 }, (_, i) => [i / 1000, (i % 2) / 1000]);
    expect(messages({ type: "LineString", coordinates })).toEqual([
      "The outline has 5,001 points; at most 5,000 are accepted. Simplify it and upload it again.",
    ]);
  });

  it("many problems: the first five, then how many more", () => {
    const coordinates = Array.from({ length: 9 }, () => [200, 0]);
    const result = messages({ type: "LineString", coordinates });
    expect(result).toHaveLength(6);
    expect(result[5]).toBe("…and 4 more problems of the same kind");
  });

  it("an outline whose points are all but identical", () => {
    const dot = { type: "Polygon", coordinates: [[[0, 0], [1e-9, 0], [1e-9, 1e-9], [0, 1e-9], [0, 0]]] };
    expect(messages(dot)).toEqual(["The outline collapses to nothing: its points are all but identical"]);
  });
});
