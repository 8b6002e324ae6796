import { describe, expect, it } from "vitest";
import { bboxOf, countVertices, roundGeometry, signedRingArea, windForD3, windRfc7946 } from "@/lib/maps/geometry";
import { box, clockwiseBox, line } from "./shapes";

describe("winding", () => {
  it("tells counter-clockwise rings (positive) from clockwise ones", () => {
    expect(signedRingArea(box(0, 0, 1).coordinates[0]!)).toBeGreaterThan(0);
    expect(signedRingArea(clockwiseBox(0, 0, 1).coordinates[0]!)).toBeLessThan(0);
  });

  it("winds exteriors counter-clockwise and holes clockwise for RFC 7946, whatever came in", () => {
    const holed = { type: "Polygon" as const, coordinates: [clockwiseBox(0, 0, 4).coordinates[0]!, box(1, 1, 1).coordinates[0]!] };
    const wound = windRfc7946(holed);
    expect(signedRingArea(wound.coordinates[0]!)).toBeGreaterThan(0);
    expect(signedRingArea(wound.coordinates[1]!)).toBeLessThan(0);
  });

  it("winds the other way for d3-geo, for every polygon of a MultiPolygon", () => {
    const multi = { type: "MultiPolygon" as const, coordinates: [box(0, 0, 1).coordinates, clockwiseBox(3, 3, 1).coordinates] };
    const wound = windForD3(multi);
    for (const polygon of wound.coordinates) expect(signedRingArea(polygon[0]!)).toBeLessThan(0);
  });

  it("leaves lines alone", () => {
    const l = line([0, 0], [1, 1]);
    expect(windForD3(l)).toBe(l);
  });
});

describe("roundGeometry", () => {
  it("rounds to the digits asked and drops positions that rounding made repeat", () => {
    const l = line([0.123456, 1.0001], [0.123457, 1.0002], [2.5, 3.5]);
    expect(roundGeometry(l, 3)).toEqual({ type: "LineString", coordinates: [[0.123, 1], [2.5, 3.5]] });
  });

  it("drops a ring that collapses and the geometry when nothing is left", () => {
    const tiny = box(10, 10, 0.00001);
    expect(roundGeometry(tiny, 3)).toBeNull();
    const multi = { type: "MultiPolygon" as const, coordinates: [box(0, 0, 1).coordinates, tiny.coordinates] };
    expect(roundGeometry(multi, 3)).toEqual({ type: "MultiPolygon", coordinates: [box(0, 0, 1).coordinates] });
  });

  it("keeps holes that survive and drops those that do not", () => {
    const holed = { type: "Polygon" as const, coordinates: [box(0, 0, 4).coordinates[0]!, box(1, 1, 1).coordinates[0]!, box(2, 2, 0.00001).coordinates[0]!] };
    expect(roundGeometry(holed, 3)!.coordinates).toHaveLength(2);
  });
});

describe("counting and bounds", () => {
  it("counts drawn positions, not the closing repeat of a ring", () => {
    expect(countVertices(box(0, 0, 1))).toBe(4);
    expect(countVertices({ type: "MultiLineString", coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3], [4, 4]]] })).toBe(5);
  });

  it("bounds several geometries, or none", () => {
    expect(bboxOf([box(0, 0, 1), line([5, -2], [6, 3])])).toEqual([0, -2, 6, 3]);
    expect(bboxOf([])).toBeNull();
  });
});
