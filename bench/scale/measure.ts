// Latency of the pages and API calls "Fast at any size" sets targets for, measured against
// a running production server on the synthetic database (bench/synthetic/generate.ts):
// sequential requests after a warm-up, summarised as p50/p95/max in milliseconds.
//
//   DATABASE_URL=<the server's database> npx tsx bench/scale/measure.ts http://127.0.0.1:3200
//
// The CLI makes a write token in that database (bench/lib/bench-token.ts) unless
// PARLEY_TOKEN holds one.
import { pathToFileURL } from "node:url";
import { encodeCursor } from "@/lib/http/cursor";
import { databaseUrl } from "@/lib/db/engine";
import { createWriteToken } from "../lib/parley";
import { summarise, type Summary } from "./percentiles";

export type MeasureOptions = {
  /** An API token with write scope, for the PATCH edits. */
  token: string;
  samples?: number;
  warmup?: number;
  /** A common word, matching many records. */
  searchTerm?: string;
  /** The negotiation whose matrix is read; the first synthetic one by default. */
  negotiationSlug?: string;
  log?: (line: string) => void;
};

/** The targets of the "Fast at any size" issue, in milliseconds at p95. */
export const targets = {
  matrix: 150,
  positionsFirstPage: 50,
  positionsFiltered: 50,
  positionsCursorPage: 50,
  searchPage: 100,
  searchApi: 100,
  patchPosition: 50,
} as const;
export type Target = keyof typeof targets;

export type Measurement = Record<Target, Summary & { target: number; url: string }>;

export async function measureAtScale(baseUrl: string, options: MeasureOptions): Promise<Measurement> {
  const { token, samples = 100, warmup = 10, searchTerm = "ceasefire", log = () => {} } = options;
  const url = (path: string) => new URL(path, baseUrl).toString();
  const fixture = await findFixture(url, options.negotiationSlug);
  const q = encodeURIComponent(searchTerm);
  const reads: Record<Exclude<Target, "patchPosition">, string> = {
    matrix: `/negotiations/${encodeURIComponent(fixture.negotiation)}`,
    positionsFirstPage: "/api/v1/positions?limit=50",
    positionsFiltered: `/api/v1/positions?negotiation=${fixture.negotiation}&party=${fixture.party}&status=current&limit=50`,
    positionsCursorPage: `/api/v1/positions?limit=50&cursor=${encodeCursor(fixture.middleId)}`,
    searchPage: `/search?q=${q}`,
    searchApi: `/api/v1/search?q=${q}`,
  };

  const result = {} as Measurement;
  for (const [target, path] of Object.entries(reads) as [Target, string][]) {
    for (let i = 0; i < warmup; i++) await timed(url(path));
    const millis: number[] = [];
    for (let i = 0; i < samples; i++) millis.push(await timed(url(path)));
    result[target] = { ...summarise(millis), target: targets[target], url: path };
    log(`${target}: ${JSON.stringify(result[target])}`);
  }

  // Edits: each sample reads a position's ETag (not timed), then PATCHes it with If-Match.
  const millis: number[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    const id = fixture.positionIds[i % fixture.positionIds.length]!;
    const item = url(`/api/v1/positions/${encodeURIComponent(id)}`);
    const current = await fetch(item);
    const etag = current.headers.get("etag");
    const { summary } = (await current.json()) as { summary: string };
    if (!current.ok || !etag) throw new Error(`GET ${item} answered ${current.status} without an ETag`);
    const started = performance.now();
    const response = await fetch(item, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "if-match": etag, origin: baseUrl },
      body: JSON.stringify({ summary: `${summary.replace(/ \(edit \d+\)$/, "")} (edit ${i})` }),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`PATCH ${item} answered ${response.status}`);
    if (i >= warmup) millis.push(performance.now() - started);
  }
  result.patchPosition = { ...summarise(millis), target: targets.patchPosition, url: "PATCH /api/v1/positions/{id}" };
  log(`patchPosition: ${JSON.stringify(result.patchPosition)}`);
  return result;
}

async function timed(address: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(address);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${address} answered ${response.status}`);
  return performance.now() - started;
}

/** A synthetic negotiation, one of its parties, a position id half-way through the list, and positions to edit. */
async function findFixture(url: (path: string) => string, negotiationSlug?: string) {
  const json = async <T>(path: string) => {
    const response = await fetch(url(path));
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  const negotiations = await json<{ items: { slug: string }[] }>("/api/v1/negotiations?limit=200");
  const negotiation =
    negotiationSlug ?? negotiations.items.find((n) => n.slug.startsWith("synthetic-"))?.slug ?? negotiations.items[0]?.slug;
  if (!negotiation) throw new Error("The server has no negotiation: load the synthetic dataset first");
  const page = await json<{ items: { id: string; party: { slug: string } }[] }>(
    `/api/v1/positions?negotiation=${negotiation}&status=current&limit=100`,
  );
  if (page.items.length === 0) throw new Error(`Negotiation ${negotiation} has no current position`);
  // Current statements are mostly the latest recorded, so a cursor at one of them lands
  // deep in the id-ordered list, away from the cheap first pages.
  const middleId = page.items[Math.floor(page.items.length / 2)]!.id;
  return {
    negotiation,
    party: page.items[0]!.party.slug,
    middleId,
    positionIds: page.items.slice(0, 50).map((p) => p.id),
  };
}

export function toMarkdown(measurement: Measurement, title = "Latency at scale"): string {
  const rows = Object.entries(measurement).map(
    ([name, m]) => `| ${name} | \`${m.url}\` | ${m.p50} | ${m.p95} | ${m.max} | ${m.target} | ${m.p95 <= m.target ? "met" : "**missed**"} |`,
  );
  return [`### ${title}`, "", "| target | request | p50 ms | p95 ms | max ms | p95 goal | |", "| --- | --- | --- | --- | --- | --- | --- |", ...rows].join("\n");
}

async function main() {
  const baseUrl = process.argv[2];
  if (!baseUrl) {
    console.error("Usage: DATABASE_URL=<server's database> npx tsx bench/scale/measure.ts <base url> [--samples 100]");
    process.exit(2);
  }
  const samplesArg = process.argv.indexOf("--samples");
  const token = process.env.PARLEY_TOKEN ?? createWriteToken(databaseUrl());
  const measurement = await measureAtScale(baseUrl, {
    token,
    samples: samplesArg > 0 ? Number(process.argv[samplesArg + 1]) : 100,
    log: (line) => console.error(line),
  });
  console.log(toMarkdown(measurement, `Latency at scale (${new URL(baseUrl).host})`));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
