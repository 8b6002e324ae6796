// Projects geometries to the map's plane through d3-geo's stream (which also clips them to
// the map's frame) and writes compact SVG path data. Collecting the projected rings once
// serves both the path data and the label placement that needs the shapes on the plane.
import type { GeoProjection, GeoStream } from "d3-geo";
import type { OutlineGeometry } from "./geometry";

export type Point = [number, number];
export type Ring = Point[];

/** One geometry on the plane: its polygons (each a list of rings) and its lines. */
export type ProjectedShape = { polygons: Ring[][]; lines: Point[][] };

export function projectShape(projection: GeoProjection, geometry: OutlineGeometry): ProjectedShape {
  const shape: ProjectedShape = { polygons: [], lines: [] };
  let polygon: Ring[] | null = null;
  let current: Point[] = [];
  const sink: GeoStream = {
    point(x, y) {
      current.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (polygon) {
        if (current.length >= 3) polygon.push(current);
      } else if (current.length >= 2) {
        shape.lines.push(current);
      }
    },
    polygonStart() {
      polygon = [];
    },
    polygonEnd() {
      if (polygon?.length) shape.polygons.push(polygon);
      polygon = null;
    },
    sphere() {},
  };
  feed(geometry, projection.stream(sink));
  return shape;
}

function feed(geometry: OutlineGeometry, stream: GeoStream) {
  const line = (positions: number[][], closed: boolean) => {
    stream.lineStart();
    const n = closed ? positions.length - 1 : positions.length;
    for (let i = 0; i < n; i++) stream.point(positions[i]![0]!, positions[i]![1]!);
    stream.lineEnd();
  };
  const polygon = (rings: number[][][]) => {
    stream.polygonStart();
    for (const ring of rings) line(ring, true);
    stream.polygonEnd();
  };
  switch (geometry.type) {
    case "Polygon":
      return polygon(geometry.coordinates);
    case "MultiPolygon":
      return geometry.coordinates.forEach(polygon);
    case "LineString":
      return line(geometry.coordinates, false);
    case "MultiLineString":
      return geometry.coordinates.forEach((l) => line(l, false));
  }
}

/** Twice the signed area of a ring on the plane. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return sum;
}

export function ringContains(ring: Ring, [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The shape's largest piece as [exterior, ...holes]: where a label goes. Exteriors and holes
 * are told apart by winding, which d3 keeps consistent on the plane (exteriors wind as the
 * largest ring does).
 */
export function largestPiece(shape: ProjectedShape): Ring[] | null {
  const rings = shape.polygons.flat();
  if (!rings.length) return null;
  const largest = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  const exteriorSign = Math.sign(ringArea(largest));
  const holes = rings.filter((r) => r !== largest && Math.sign(ringArea(r)) !== exteriorSign && ringContains(largest, r[0]!));
  return [largest, ...holes];
}

export function shapeArea(shape: ProjectedShape): number {
  const piece = largestPiece(shape);
  return piece ? Math.abs(ringArea(piece[0]!)) / 2 : 0;
}

/**
 * SVG path data with relative moves and one decimal, dropping points closer than `minStep`
 * to the last kept one: the stored outlines are finer than a small map can show, and this
 * is where the page's bytes go.
 */
export function pathData(shape: ProjectedShape, minStep = 0.5): string {
  let out = "";
  let cursor: Point = [0, 0];
  const part = (points: Point[], closed: boolean) => {
    const kept = decimate(points, minStep, closed);
    if (kept.length < (closed ? 3 : 2)) return;
    const [first, ...rest] = kept;
    out += out ? `m${num(first![0] - cursor[0])} ${num(first![1] - cursor[1])}` : `M${num(first![0])} ${num(first![1])}`;
    let last = first!;
    for (const p of rest) {
      out += `l${num(p[0] - last[0])} ${num(p[1] - last[1])}`;
      last = p;
    }
    if (closed) out += "z";
    cursor = closed ? first! : last;
  };
  for (const polygon of shape.polygons) for (const ring of polygon) part(ring, true);
  for (const line of shape.lines) part(line, false);
  return out.replace(/ -/g, "-");
}

/** Points rounded to the tenth the path is written with, minus those too close together. */
function decimate(points: Point[], minStep: number, closed: boolean): Point[] {
  const rounded = points.map(([x, y]): Point => [round1(x), round1(y)]);
  const kept: Point[] = [];
  for (const [i, p] of rounded.entries()) {
    const last = kept[kept.length - 1];
    const isEnd = !closed && i === rounded.length - 1;
    if (!last || isEnd || Math.hypot(p[0] - last[0], p[1] - last[1]) >= minStep) kept.push(p);
  }
  return kept;
}

export const round1 = (v: number) => Math.round(v * 10) / 10;

/** A tenth-rounded number without a leading zero: "0.5" → ".5", "-0.5" → "-.5". */
function num(v: number): string {
  const text = String(round1(v) + 0);
  return text.replace(/^(-?)0\./, "$1.");
}
