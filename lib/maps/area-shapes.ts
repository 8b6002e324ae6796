// Where an area's shape comes from: its drawn outline if an editor attached one, else the
// admin-1 outline its code names in data/geo/admin1.json; and which faint countries go
// around a set of shapes (data/geo/context.json). Both files are written by
// scripts/extract-outlines.ts and described in data/geo/README.md.
import "server-only";
import { LRUCache } from "lru-cache";
import admin1Json from "@/data/geo/admin1.json";
import contextJson from "@/data/geo/context.json";
import { admin1FileSchema, contextFileSchema, type Admin1File, type ContextCountry, type ContextFile } from "./geo-files";
import { bboxOf, type Bbox, type OutlineGeometry, type SurfaceGeometry } from "./geometry";
import { layoutMap, PREVIEW_SLUG, type MapAreaInput, type MapLayout, type MapLayoutOptions } from "./layout-map";

/** An area as its record holds it: the page passes its name, code and drawn outline. */
export type AreaShapeSource = {
  slug: string;
  label: string;
  /** ISO 3166-2 ("AB-12") or Natural Earth's ("AB-CD") admin-1 code. */
  code?: string | null;
  /** A drawn outline (see drawnOutline), which wins over the code's. */
  outline?: OutlineGeometry | null;
};

let files: { admin1: Admin1File; aliases: Map<string, string>; context: ContextFile } | null = null;

function geoFiles() {
  if (!files) {
    const admin1 = admin1FileSchema.parse(admin1Json);
    const aliases = new Map<string, string>();
    for (const [key, outline] of Object.entries(admin1.outlines)) for (const code of outline.codes) aliases.set(code, key);
    files = { admin1, aliases, context: contextFileSchema.parse(contextJson) };
  }
  return files;
}

/** The outline of an admin-1 unit by any of its codes, or null when Parley has none for it. */
export function findAdmin1Outline(code: string): SurfaceGeometry | null {
  const { admin1, aliases } = geoFiles();
  const normal = code.trim().toUpperCase().replace(".", "-");
  const key = admin1.outlines[normal] ? normal : aliases.get(normal);
  return key ? admin1.outlines[key]!.geometry : null;
}

/** Codes Parley holds outlines for (every alias included): for an area form's hint. */
export function knownAdmin1Codes(): string[] {
  return [...geoFiles().aliases.keys()].sort();
}

export function resolveAreaShapes(areas: AreaShapeSource[]): MapAreaInput[] {
  return areas.map(({ slug, label, code, outline }) => ({ slug, label, geometry: outline ?? (code ? findAdmin1Outline(code) : null) }));
}

/**
 * The surrounding countries for shapes: the context region that contains them all (the
 * smallest such), else the one that overlaps them most, else none.
 */
export function contextAround(geometries: OutlineGeometry[]): ContextCountry[] {
  const box = bboxOf(geometries);
  if (!box) return [];
  const regions = Object.values(geoFiles().context.regions);
  const containing = regions.filter((r) => contains(r.bbox, box)).sort((a, b) => area(a.bbox) - area(b.bbox));
  if (containing[0]) return containing[0].countries;
  const overlapping = regions.map((r) => ({ r, overlap: area(intersection(r.bbox, box)) })).filter((o) => o.overlap > 0);
  overlapping.sort((a, b) => b.overlap - a.overlap);
  return overlapping[0]?.r.countries ?? [];
}

// A negotiation's areas change far less often than its pages are drawn (every asOf, every
// party), and a layout takes tens of milliseconds: keep the recent ones.
const layouts = new LRUCache<string, MapLayout>({ max: 64 });

/**
 * The map of a negotiation's areas, shapes and context resolved from Parley's data files.
 * Remembered by its inputs: treat the result as read-only.
 */
export function layoutAreasMap(areas: AreaShapeSource[], options: Omit<MapLayoutOptions, "context"> = {}): MapLayout {
  const key = JSON.stringify([areas, options]);
  const known = layouts.get(key);
  if (known) return known;
  const inputs = resolveAreaShapes(areas);
  const context = contextAround(inputs.flatMap((a) => (a.geometry ? [a.geometry] : [])));
  const layout = layoutMap(inputs, { ...options, context });
  layouts.set(key, layout);
  return layout;
}

/**
 * The "preview before saving" of a drawn outline: it on its surrounding countries, among
 * the negotiation's other areas when given (drawn for orientation), and never closer in
 * than PREVIEW_EXTENT so that a small zone shows where it is.
 */
export function layoutOutlinePreview(
  outline: OutlineGeometry,
  label: string,
  { others = [], ...options }: Omit<MapLayoutOptions, "context" | "minExtent"> & { others?: AreaShapeSource[] } = {},
): MapLayout {
  const inputs = [{ slug: PREVIEW_SLUG, label, geometry: outline }, ...resolveAreaShapes(others.filter((a) => a.slug !== PREVIEW_SLUG))];
  const context = contextAround(inputs.flatMap((a) => (a.geometry ? [a.geometry] : [])));
  return layoutMap(inputs, { ...options, context, minExtent: PREVIEW_EXTENT });
}

/** Degrees of latitude (about 35 km) a preview shows at least. */
const PREVIEW_EXTENT = 0.3;

const contains = (outer: Bbox, inner: Bbox) => outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
const area = (b: Bbox) => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
const intersection = (a: Bbox, b: Bbox): Bbox => [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
