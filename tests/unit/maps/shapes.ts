// Invented shapes for the map tests: axis-aligned boxes and lines in degrees, somewhere in
// the northern hemisphere. "North Province" and friends are not places.
import type { LineString, Polygon } from "geojson";

/** A box with its south-west corner at (lon, lat), wound counter-clockwise (RFC 7946). */
export function box(lon: number, lat: number, width: number, height = width): Polygon {
  return {
    type: "Polygon",
    coordinates: [[[lon, lat], [lon + width, lat], [lon + width, lat + height], [lon, lat + height], [lon, lat]]],
  };
}

/** The same box wound clockwise, as some drawing programs (and d3) write it. */
export function clockwiseBox(lon: number, lat: number, width: number, height = width): Polygon {
  const ring = box(lon, lat, width, height).coordinates[0]!;
  return { type: "Polygon", coordinates: [[...ring].reverse()] };
}

export function line(...points: [number, number][]): LineString {
  return { type: "LineString", coordinates: points };
}

/** A province split in two along a meridian, as neighbouring admin-1 units are. */
export const provinces = [
  { slug: "north-province", label: "North Province", geometry: box(20, 50, 2, 1) },
  { slug: "south-province", label: "South Province", geometry: box(20, 48.5, 2, 1.5) },
  { slug: "east-march", label: "East March", geometry: box(22, 48.5, 1.5, 2.5) },
];
