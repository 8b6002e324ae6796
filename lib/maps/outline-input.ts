// An outline an editor draws for an area (a corridor, a buffer zone, a line) and uploads as
// GeoJSON: checked here once for the form, the API and the preview, and normalised to one
// geometry. Each message names the problem and where it is, because editors fix the file
// in another program and need to find the spot.
import { z } from "zod";
import { countVertices, roundGeometry, windRfc7946, type OutlineGeometry } from "./geometry";

/** Large enough for a hand-drawn zone or a detailed line of contact; a page never sends this much. */
export const MAX_OUTLINE_BYTES = 256 * 1024;
/** Points drawn, over every ring and line: beyond this, simplify before uploading. */
export const MAX_OUTLINE_VERTICES = 5_000;
/**
 * Levels of nesting: a FeatureCollection of MultiPolygons needs 8, and each GeometryCollection
 * inside another two more. A value nested thousands deep would overflow the stack of the
 * recursive steps below (and of JSON.stringify), failing the request instead of answering it.
 */
export const MAX_OUTLINE_DEPTH = 32;
/** Decimals kept (about 0.1 m): finer is noise from the drawing program. */
export const OUTLINE_DIGITS = 6;
const MAX_MESSAGES = 5;

export const outlineGeometryTypes = ["Polygon", "MultiPolygon", "LineString", "MultiLineString"] as const;
const accepted = "a Polygon, MultiPolygon, LineString or MultiLineString";
const number = new Intl.NumberFormat("en-GB");

type Part = { where: string; geometry: OutlineGeometry };

/**
 * The uploaded outline: GeoJSON text (a form's file or text field) or a parsed value (the
 * API's JSON), as a Feature, a FeatureCollection, a GeometryCollection or a bare geometry.
 * Parses to one geometry in RFC 7946 winding, without altitudes, rounded to OUTLINE_DIGITS.
 */
export const drawnOutline = z.unknown().transform((value, ctx): OutlineGeometry => {
  const result = readOutline(value);
  if ("geometry" in result) return result.geometry;
  const shown = result.errors.slice(0, MAX_MESSAGES);
  if (result.errors.length > MAX_MESSAGES) shown.push(`…and ${result.errors.length - MAX_MESSAGES} more problems of the same kind`);
  for (const message of shown) ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

function readOutline(value: unknown): { geometry: OutlineGeometry } | { errors: string[] } {
  const fail = (message: string) => ({ errors: [message] });
  let json = value;
  if (typeof value === "string") {
    if (!value.trim()) return fail("Choose a GeoJSON file, or paste GeoJSON");
    const bytes = new TextEncoder().encode(value).length;
    if (bytes > MAX_OUTLINE_BYTES) return fail(tooBig(bytes));
    try {
      json = JSON.parse(value);
    } catch (error) {
      return fail(`The outline is not valid JSON (${(error as Error).message}). Save it from your drawing program as GeoJSON.`);
    }
  } else if (value == null) {
    return fail("Choose a GeoJSON file, or paste GeoJSON");
  }
  if (nestedDeeperThan(json, MAX_OUTLINE_DEPTH)) {
    return fail(`The outline is nested more than ${MAX_OUTLINE_DEPTH} levels deep, which no GeoJSON outline needs. Save it from your drawing program as GeoJSON.`);
  }
  if (typeof value !== "string") {
    const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
    if (bytes > MAX_OUTLINE_BYTES) return fail(tooBig(bytes));
  }

  const errors: string[] = [];
  const parts = collectParts(json, "", errors);
  if (errors.length) return { errors };
  if (!parts.length) return fail("The outline holds no geometry");

  const kinds = new Set(parts.map((p) => (p.geometry.type.endsWith("Polygon") ? "surface" : "line")));
  if (kinds.size > 1) return fail("The outline mixes areas (Polygon) and lines (LineString): upload one or the other");
  for (const part of parts) checkCoordinates(part, errors);
  if (errors.length) return { errors };

  const geometry = combine(parts.map((p) => p.geometry));
  const vertices = countVertices(geometry);
  if (vertices > MAX_OUTLINE_VERTICES) {
    return fail(`The outline has ${number.format(vertices)} points; at most ${number.format(MAX_OUTLINE_VERTICES)} are accepted. Simplify it and upload it again.`);
  }
  const rounded = roundGeometry(windRfc7946(geometry), OUTLINE_DIGITS);
  return rounded ? { geometry: rounded } : fail("The outline collapses to nothing: its points are all but identical");
}

/** Whether arrays and objects nest deeper than `max`; walked without recursion, for the reason above. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== "object" || item === null) continue;
    if (depth > max) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

function tooBig(bytes: number) {
  const kb = (n: number) => `${number.format(Math.ceil(n / 1024))} kB`;
  return `The outline is ${kb(bytes)}; at most ${kb(MAX_OUTLINE_BYTES)} is accepted. Simplify it (fewer points) and upload it again.`;
}

/** The geometries inside a Feature, FeatureCollection or GeometryCollection, with where each is. */
function collectParts(json: unknown, where: string, errors: string[]): Part[] {
  const at = (what: string) => capitalise(where ? `${where}: ${what}` : what);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    errors.push(at("the outline must be a GeoJSON object: a Feature, a FeatureCollection or a geometry"));
    return [];
  }
  const object = json as Record<string, unknown>;
  const type = object.type;
  const inside = (label: string, i: number) => `${where ? `${where}, ` : ""}${label} ${i + 1}`;
  switch (type) {
    case "FeatureCollection":
    case "GeometryCollection": {
      const list = type === "FeatureCollection" ? object.features : object.geometries;
      const field = type === "FeatureCollection" ? "features" : "geometries";
      if (!Array.isArray(list)) {
        errors.push(at(`a ${type} needs a "${field}" list`));
        return [];
      }
      if (!list.length) {
        errors.push(at(`the ${type} is empty`));
        return [];
      }
      return list.flatMap((item, i) => collectParts(item, inside(type === "FeatureCollection" ? "feature" : "geometry", i), errors));
    }
    case "Feature":
      if (object.geometry == null) {
        errors.push(at("the Feature has no geometry"));
        return [];
      }
      return collectParts(object.geometry, where, errors);
    case "Polygon":
    case "MultiPolygon":
    case "LineString":
    case "MultiLineString":
      return [{ where, geometry: { type, coordinates: object.coordinates } as OutlineGeometry }];
    case undefined:
      errors.push(at(`the object has no "type": expected a Feature, a FeatureCollection or ${accepted}`));
      return [];
    default:
      errors.push(at(`GeoJSON type ${JSON.stringify(type)} is not accepted: an outline is ${accepted}`));
      return [];
  }
}

/** Nesting, numbers, ranges, closed rings and minimum sizes, with a place named for each problem. */
function checkCoordinates({ where, geometry }: Part, errors: string[]) {
  const prefix = (s: string) => capitalise(where ? `${where}, ${s}` : s);
  const coordinates = (geometry as { coordinates: unknown }).coordinates;
  const list = (value: unknown, what: string): unknown[] | null => {
    if (Array.isArray(value) && value.length) return value;
    errors.push(prefix(`${what}: expected a non-empty list of coordinates`));
    return null;
  };
  const positions = (value: unknown, what: string, ring: boolean) => {
    const items = list(value, what);
    if (!items) return;
    let ok = true;
    items.forEach((p, i) => (ok = checkPosition(p, prefix(`${what}, position ${i + 1}`), errors) && ok));
    if (!ok) return;
    const points = items as number[][];
    if (ring) {
      if (points.length < 4) errors.push(prefix(`${what}: a ring needs at least 4 positions (3 corners, then the first again)`));
      else if (points[0]![0] !== points.at(-1)![0] || points[0]![1] !== points.at(-1)![1]) {
        errors.push(prefix(`${what}: the ring is not closed; its last position must repeat its first`));
      }
    } else if (points.length < 2) {
      errors.push(prefix(`${what}: a line needs at least 2 positions`));
    }
  };
  const polygon = (value: unknown, what: string | null) =>
    list(value, what ?? "the Polygon")?.forEach((ring, i) => positions(ring, `${what ? `${what}, ` : ""}ring ${i + 1}`, true));
  switch (geometry.type) {
    case "Polygon":
      return polygon(coordinates, null);
    case "MultiPolygon":
      return list(coordinates, "the MultiPolygon")?.forEach((p, i) => polygon(p, `polygon ${i + 1}`));
    case "LineString":
      return positions(coordinates, "the line", false);
    case "MultiLineString":
      return list(coordinates, "the MultiLineString")?.forEach((l, i) => positions(l, `line ${i + 1}`, false));
  }
}

function checkPosition(p: unknown, where: string, errors: string[]): boolean {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3 || !p.every((n) => typeof n === "number" && Number.isFinite(n))) {
    errors.push(`${where}: a position is [longitude, latitude], in numbers`);
    return false;
  }
  const [lon, lat] = p as number[];
  const swapped = Math.abs(lat!) > 90 && Math.abs(lat!) <= 180 && Math.abs(lon!) <= 90 ? " (are longitude and latitude swapped? GeoJSON puts longitude first)" : "";
  if (Math.abs(lon!) > 180) errors.push(`${where}: longitude ${lon} is outside −180 to 180`);
  if (Math.abs(lat!) > 90) errors.push(`${where}: latitude ${lat} is outside −90 to 90${swapped}`);
  return Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90;
}

/** Several parts of one kind become one Multi geometry; positions lose any altitude. */
function combine(geometries: OutlineGeometry[]): OutlineGeometry {
  const flat = (ps: number[][]) => ps.map((p) => [p[0]!, p[1]!]);
  if (geometries[0]!.type.endsWith("Polygon")) {
    const polygons = geometries.flatMap((g) => (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []));
    const coordinates = polygons.map((rings) => rings.map(flat));
    return coordinates.length === 1 ? { type: "Polygon", coordinates: coordinates[0]! } : { type: "MultiPolygon", coordinates };
  }
  const lines = geometries.flatMap((g) => (g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : []));
  const coordinates = lines.map(flat);
  return coordinates.length === 1 ? { type: "LineString", coordinates: coordinates[0]! } : { type: "MultiLineString", coordinates };
}

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);
