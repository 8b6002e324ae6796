// The map of a negotiation's areas, computed once on the server as plain data: the frame,
// each area's path and label, the lines and the surrounding countries. The same layout
// serves every small multiple of an issue page and the compare page's difference map;
// only the fills differ, and those the components add.
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";
import polylabel from "polylabel";
import type { ContextCountry } from "./geo-files";
import { bboxOf, isSurface, windForD3, type OutlineGeometry } from "./geometry";
import { LABEL_HEIGHT, placeLabels, type LabelPlacement, type LabelRequest } from "./place-labels";
import { largestPiece, pathData, projectShape, round1, shapeArea, type Point, type ProjectedShape } from "./project-shapes";
import { contextLabelWidth, openGround, scanlines } from "./open-ground";

export type MapAreaInput = {
  slug: string;
  /** The area's name as readers see it. */
  label: string;
  /** A drawn outline, or the admin-1 outline its code resolves to; absent: not on the map. */
  geometry?: OutlineGeometry | null;
};

export type MapLayoutOptions = {
  /** Width of the viewBox; the height follows the areas' shape. */
  width?: number;
  /** Faint surrounding countries, drawn under the areas and clipped to the frame. */
  context?: ContextCountry[];
  /** The least extent shown, in degrees of latitude: a tiny area gets its surroundings. */
  minExtent?: number;
};

export type LaidOutArea = { slug: string; label: string; path: string; placement: LabelPlacement; anchor: Point };
export type LaidOutLine = LaidOutArea;
export type LaidOutCountry = { code: string; name: string; path: string; placement: LabelPlacement };

export type MapLayout = {
  width: number;
  height: number;
  /** Every area given, in the order given: for tables and lists. */
  all: { slug: string; label: string }[];
  /** Surfaces, largest first: painted in this order, so a corridor inside a province stays on top. */
  areas: LaidOutArea[];
  /** Lines (a line of contact, a boundary), in the order given. */
  lines: LaidOutLine[];
  context: LaidOutCountry[];
  /** Areas with no shape (or one outside the map), for the page to name in text. */
  missing: { slug: string; label: string }[];
  /** Labels shown as numbered markers, in number order: the key under the map. */
  keyed: { number: number; slug: string; label: string }[];
};

export { PREVIEW_SLUG } from "./preview";

const DEFAULT_WIDTH = 360;
const PADDING = 10;
// A map taller than this share of its width, or flatter, gets room added beside or above
// the areas instead: small multiples stay comparable and fit a phone's screen.
const MIN_ASPECT = 0.6;
const MAX_ASPECT = 1.25;

export function layoutMap(inputs: MapAreaInput[], options: MapLayoutOptions = {}): MapLayout {
  const width = options.width ?? DEFAULT_WIDTH;
  const shaped = inputs.flatMap((a) => (a.geometry ? [{ ...a, geometry: windForD3(a.geometry) }] : []));
  const empty: MapLayout = { width, height: 0, all: inputs.map(pick), areas: [], lines: [], context: [], keyed: [], missing: inputs.map(pick) };
  if (!shaped.length) return empty;

  const projection = fitProjection(shaped.map((a) => a.geometry), width, options.minExtent ?? 0);
  const height = projection.height;
  const frame = { width, height };

  const projected = shaped.map((a) => ({ ...a, shape: projectShape(projection.projection, a.geometry), surface: isSurface(a.geometry) }));
  const drawn = projected.filter((a) => a.shape.polygons.length || a.shape.lines.length);
  const onMap = new Set(drawn.map((a) => a.slug));

  const surfaces = drawn
    .filter((a) => a.surface)
    .map((a) => ({ ...a, ...anchorOf(a.shape) }))
    .sort((a, b) => b.size - a.size);
  const lines = drawn.filter((a) => !a.surface).map((a) => ({ ...a, ...lineAnchor(a.shape) }));
  const countries = (options.context ?? []).map((c) => ({ ...c, shape: projectShape(projection.projection, windForD3(c.geometry)) })).filter((c) => c.shape.polygons.length);

  const covered = surfaces.map((a) => scanlines(a.shape.polygons.flat()));
  const inAreas = (x: number, y: number) => covered.some((inside) => inside(x, y));
  const requests: LabelRequest[] = [
    ...surfaces.map((a) => ({ id: `a:${a.slug}`, text: a.label, anchor: a.anchor, room: a.room })),
    ...lines.map((l) => ({ id: `l:${l.slug}`, text: l.label, anchor: l.anchor, room: 0, candidates: l.candidates })),
    ...countries.map((c) => ({
      id: `c:${c.code}`,
      text: c.name,
      width: contextLabelWidth(c.name),
      anchor: [0, 0] as Point,
      room: 0,
      optional: true,
      candidates: openGround(c.shape, inAreas, c.name, frame),
    })),
  ];
  const placements = placeLabels(requests, frame, surfaces.map((a) => a.anchor));
  const placementOf = (id: string): LabelPlacement => placements.get(id) ?? { mode: "hidden" };

  const keyed = [...surfaces.map((a) => ({ id: `a:${a.slug}`, a })), ...lines.map((a) => ({ id: `l:${a.slug}`, a }))]
    .flatMap(({ id, a }) => {
      const p = placementOf(id);
      return p.mode === "key" ? [{ number: p.number, slug: a.slug, label: a.label }] : [];
    })
    .sort((x, y) => x.number - y.number);

  return {
    width,
    height,
    all: inputs.map(pick),
    areas: surfaces.map((a) => ({ slug: a.slug, label: a.label, path: pathData(a.shape), placement: placementOf(`a:${a.slug}`), anchor: round(a.anchor) })),
    lines: lines.map((l) => ({ slug: l.slug, label: l.label, path: pathData(l.shape), placement: placementOf(`l:${l.slug}`), anchor: round(l.anchor) })),
    context: countries.map((c) => ({ code: c.code, name: c.name, path: pathData(c.shape, 0.8), placement: placementOf(`c:${c.code}`) })),
    missing: inputs.filter((a) => !onMap.has(a.slug)).map(pick),
    keyed,
  };
}

/**
 * An equal-area azimuthal projection centred on the areas (little distortion over a region,
 * and areas keep their relative size), fitted to the frame with padding. The frame's height
 * follows the areas' shape within MIN_ASPECT..MAX_ASPECT.
 */
function fitProjection(geometries: OutlineGeometry[], width: number, minExtent: number): { projection: GeoProjection; height: number } {
  const [w, s, e, n] = bboxOf(geometries)!;
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const half = minExtent / 2;
  const halfLon = half / Math.max(0.2, Math.cos((cy * Math.PI) / 180));
  // Corners of the least extent, fitted with the shapes but never drawn.
  const least: MultiPoint = { type: "MultiPoint", coordinates: [[cx - halfLon, cy - half], [cx + halfLon, cy + half]] };
  const collection = { type: "GeometryCollection" as const, geometries: [...geometries, least] };
  const projection = geoAzimuthalEqualArea()
    .rotate([-cx, -cy])
    .precision(0);
  projection.fitWidth(width - 2 * PADDING, collection);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
  const aspect = Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, (y1 - y0 + 1e-9) / (x1 - x0 + 1e-9)));
  const height = Math.round(width * aspect);
  projection.fitExtent([[PADDING, PADDING], [width - PADDING, height - PADDING]], collection);
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, height };
}

function anchorOf(shape: ProjectedShape): { anchor: Point; room: number; size: number } {
  const piece = largestPiece(shape)!;
  const pole = polylabel(piece, 0.5);
  return { anchor: [pole[0], pole[1]], room: pole.distance, size: shapeArea(shape) };
}

/** A line's label sits above or below it, tried at its middle first, then further along. */
function lineAnchor(shape: ProjectedShape): { anchor: Point; candidates: Point[] } {
  const longest = shape.lines.reduce((a, b) => (length(b) > length(a) ? b : a));
  const along = [0.5, 0.35, 0.65, 0.2, 0.8].map((t) => pointAlong(longest, t));
  const offset = LABEL_HEIGHT * 0.75;
  return { anchor: along[0]!, candidates: along.flatMap(([x, y]) => [[x, y - offset], [x, y + offset]] as Point[]) };
}

function length(line: Point[]) {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]);
  return sum;
}

function pointAlong(line: Point[], t: number): Point {
  let rest = length(line) * t;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const step = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (step >= rest && step > 0) return [a[0] + ((b[0] - a[0]) * rest) / step, a[1] + ((b[1] - a[1]) * rest) / step];
    rest -= step;
  }
  return line[line.length - 1]!;
}

const pick = ({ slug, label }: MapAreaInput) => ({ slug, label });
const round = ([x, y]: Point): Point => [round1(x), round1(y)];
