// The geometries a map draws, and the small pure operations on them that both the outline
// extraction script (scripts/extract-outlines.ts) and the renderer need.
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";

/** An area's shape: a surface (province, zone, corridor) or a line (line of contact). */
export type OutlineGeometry = Polygon | MultiPolygon | LineString | MultiLineString;
export type SurfaceGeometry = Polygon | MultiPolygon;
export type LineGeometry = LineString | MultiLineString;

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

export function isSurface(geometry: OutlineGeometry): geometry is SurfaceGeometry {
  return geometry.type === "Polygon" || geometry.type === "MultiPolygon";
}

/** Every ring (surfaces) or line (lines) of a geometry, as lists of positions. */
export function partsOf(geometry: OutlineGeometry): Position[][] {
  switch (geometry.type) {
    case "Polygon":
    case "MultiLineString":
      return geometry.coordinates;
    case "MultiPolygon":
      return geometry.coordinates.flat();
    case "LineString":
      return [geometry.coordinates];
  }
}

/** Positions drawn, closing positions of rings excluded. */
export function countVertices(geometry: OutlineGeometry): number {
  const closing = isSurface(geometry) ? 1 : 0;
  return partsOf(geometry).reduce((n, part) => n + part.length - closing, 0);
}

export function bboxOf(geometries: OutlineGeometry[]): Bbox | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    for (const part of partsOf(geometry)) {
      for (const [x, y] of part) {
        if (x! < w) w = x!;
        if (x! > e) e = x!;
        if (y! < s) s = y!;
        if (y! > n) n = y!;
      }
    }
  }
  return w === Infinity ? null : [w, s, e, n];
}

/** Twice the signed planar area of a ring in degrees: positive when counter-clockwise. */
export function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum;
}

function orient(ring: Position[], counterClockwise: boolean): Position[] {
  return signedRingArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

function orientPolygon(rings: Position[][], exteriorCounterClockwise: boolean): Position[][] {
  return rings.map((ring, i) => orient(ring, i === 0 ? exteriorCounterClockwise : !exteriorCounterClockwise));
}

/**
 * Winds rings as RFC 7946 asks (exteriors counter-clockwise, holes clockwise), which is how
 * Parley stores and exports shapes. d3-geo wants the opposite (see `windForD3`): a ring
 * wound the other way means "the whole globe except this", so every shape is rewound on its
 * way in, whatever its source did.
 */
export function windRfc7946<G extends OutlineGeometry>(geometry: G): G {
  return wind(geometry, true);
}

/** Exteriors clockwise: d3-geo's spherical convention for a small polygon. */
export function windForD3<G extends OutlineGeometry>(geometry: G): G {
  return wind(geometry, false);
}

function wind<G extends OutlineGeometry>(geometry: G, exteriorCounterClockwise: boolean): G {
  if (geometry.type === "Polygon") return { ...geometry, coordinates: orientPolygon(geometry.coordinates, exteriorCounterClockwise) };
  if (geometry.type === "MultiPolygon") {
    return { ...geometry, coordinates: geometry.coordinates.map((p) => orientPolygon(p, exteriorCounterClockwise)) };
  }
  return geometry;
}

/**
 * Rounds coordinates to `digits` decimals and drops positions that rounding made repeat;
 * rings that collapse below a triangle and lines below two positions are dropped, and the
 * geometry with them when nothing is left (null).
 */
export function roundGeometry<G extends OutlineGeometry>(geometry: G, digits: number): G | null {
  const factor = 10 ** digits;
  const round = (p: Position): Position => [Math.round(p[0]! * factor) / factor, Math.round(p[1]! * factor) / factor];
  const roundPart = (part: Position[], ring: boolean): Position[] | null => {
    const out: Position[] = [];
    for (const position of part.map(round)) {
      const last = out[out.length - 1];
      if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
    }
    return out.length >= (ring ? 4 : 2) ? out : null;
  };
  const roundPolygon = (rings: Position[][]) => {
    const exterior = roundPart(rings[0] ?? [], true);
    return exterior ? [exterior, ...rings.slice(1).flatMap((r) => present(roundPart(r, true)))] : null;
  };
  switch (geometry.type) {
    case "Polygon": {
      const coordinates = roundPolygon(geometry.coordinates);
      return coordinates ? { ...geometry, coordinates } : null;
    }
    case "MultiPolygon": {
      const coordinates = geometry.coordinates.flatMap((p) => present(roundPolygon(p)));
      return coordinates.length ? { ...geometry, coordinates } : null;
    }
    case "LineString": {
      const coordinates = roundPart(geometry.coordinates, false);
      return coordinates ? { ...geometry, coordinates } : null;
    }
    case "MultiLineString": {
      const coordinates = geometry.coordinates.flatMap((l) => present(roundPart(l, false)));
      return coordinates.length ? { ...geometry, coordinates } : null;
    }
  }
  return null;
}

const present = <T>(value: T | null): T[] => (value === null ? [] : [value]);
