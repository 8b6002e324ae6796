// Exports are streamed and bounded (lib/export/export-downloads.ts): the body is a stream,
// read from the database a page at a time; parallel downloads share one reading while the
// records are unchanged, and beyond the per-process and per-address limits they are
// answered at once with a problem and Retry-After, so a crowd of downloads cannot exhaust
// the server. How much memory and time that takes at 100,000 positions is measured in
// bench/exports.ts, not here.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import * as csvRoute from "@/app/api/v1/export.csv/route";
import * as jsonRoute from "@/app/api/v1/export.json/route";
import { db, onQuery } from "@/lib/db/client";
import { EXPORT_LIMITS, exportActivity } from "@/lib/export/export-downloads";
import { FORMAT_VERSION } from "@/lib/export/export-format";
import { countRecordChanges, recordsChanged } from "@/lib/export/record-changes";
import { SPOOL_BLOCK_BYTES } from "@/lib/export/spool";
import { EXPORT_PAGE_SIZE, writeExportFile } from "@/lib/export/write-export-file";
import { newSource } from "../support/editing";
import { call, expectProblem, type RouteModule } from "./api-support";

afterAll(() => db.$disconnect());

let stopCounting: (() => void) | null = null;
afterEach(() => {
  stopCounting?.();
  stopCounting = null;
});

/** As server.ts runs: a change signal counts changes, so downloads can share a reading. */
function countChanges() {
  stopCounting = countRecordChanges();
  recordsChanged();
}

const from = (address: string) => ({ headers: { "x-forwarded-for": address } });
const download = (route: RouteModule, path: string, address = "203.0.113.1") => call(route, "GET", path, from(address));

/** Runs `work` and counts the SQL statements that read `table`. */
async function readsOf<T>(table: string, work: () => Promise<T>): Promise<{ result: T; reads: string[] }> {
  const reads: string[] = [];
  const pattern = new RegExp(`FROM [\`"](main|public)[\`"]\\.[\`"]${table}[\`"]`);
  const stop = onQuery((event) => pattern.test(event.query) && reads.push(event.query));
  try {
    return { result: await work(), reads };
  } finally {
    stop();
  }
}

async function chunksOf(response: Response) {
  const chunks: Uint8Array[] = [];
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks;
}
const textOf = (chunks: Uint8Array[]) => chunks.map((c) => new TextDecoder().decode(c)).join("");

describe("an export download", () => {
  it("is a stream of bounded blocks, starting with the file's head, not one string", async () => {
    const response = await download(jsonRoute, "/api/v1/export.json");
    expect(response.status).toBe(200);
    expect(response.body).toBeInstanceOf(ReadableStream);
    const chunks = await chunksOf(response);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(SPOOL_BLOCK_BYTES);
    expect(new TextDecoder().decode(chunks[0])).toMatch(new RegExp(`^\\{"format":"parley-reader-export","formatVersion":${FORMAT_VERSION},"generatedAt":"[^"]+","negotiations":\\[`));
    expect(JSON.parse(textOf(chunks)).format).toBe("parley-reader-export");
    expect(exportActivity()).toEqual({ downloads: 0, generating: 0 });
  });

  it("is read from the database a page at a time, and written out as each page comes", async () => {
    const revisions = await db.revision.count();
    const pageSize = 100;
    const pieces: string[] = [];
    const { reads } = await readsOf("Revision", () => writeExportFile("archive", (text) => void pieces.push(text), { pageSize }));
    expect(reads).toHaveLength(Math.floor(revisions / pageSize) + 1);
    for (const sql of reads) expect(sql).toMatch(/LIMIT/);
    // Each page of revisions is its own piece of text.
    expect(pieces.filter((p) => p.includes('"entityType"') && !p.includes('"negotiations"')).length).toBeGreaterThanOrEqual(Math.floor(revisions / pageSize));
    expect(JSON.parse(pieces.join("")).revisions).toHaveLength(revisions);
  });
});

describe("parallel downloads", () => {
  it("beyond the per-process limit are answered at once with 503 and Retry-After, and share one reading", async () => {
    countChanges();
    const extra = 3;
    const { result, reads } = await readsOf("Revision", async () => {
      const responses = await Promise.all(
        Array.from({ length: EXPORT_LIMITS.downloads + extra }, (_, i) => download(jsonRoute, "/api/v1/export.json", `203.0.113.${i + 10}`)),
      );
      const activity = exportActivity();
      const served = responses.filter((r) => r.status === 200);
      return { responses, activity, bodies: await Promise.all(served.map(async (r) => textOf(await chunksOf(r)))) };
    });
    const { responses, activity, bodies } = result;
    const refused = responses.filter((r) => r.status !== 200);
    expect(bodies).toHaveLength(EXPORT_LIMITS.downloads);
    expect(activity).toEqual({ downloads: EXPORT_LIMITS.downloads, generating: 1 });
    expect(refused).toHaveLength(extra);
    for (const response of refused) {
      const problem = await expectProblem(response, 503);
      expect(problem.detail).toMatch(/Too many exports are being downloaded right now: try again in \d+ seconds/);
      expect(response.headers.get("retry-after")).toBe(String(EXPORT_LIMITS.retryAfterSeconds));
    }
    expect(new Set(bodies).size).toBe(1);
    // One reading of the database served them all: one pass over the revisions, a page at a time.
    expect(reads).toHaveLength(Math.floor((await db.revision.count()) / EXPORT_PAGE_SIZE) + 1);
    expect(exportActivity()).toEqual({ downloads: 0, generating: 0 });
    const later = await download(jsonRoute, "/api/v1/export.json");
    expect(later.status).toBe(200);
    await later.body!.cancel();
  });

  it("from one address beyond its share are answered with 429, and a cancelled download frees its place", async () => {
    countChanges();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => download(csvRoute, "/api/v1/export.csv", "198.51.100.7")));
    expect([a!.status, b!.status]).toEqual([200, 200]);
    const problem = await expectProblem(c!, 429);
    expect(problem.detail).toMatch(/already downloading 2 exports/);
    expect(c!.headers.get("retry-after")).toBe(String(EXPORT_LIMITS.retryAfterSeconds));
    const elsewhere = await download(csvRoute, "/api/v1/export.csv", "198.51.100.8");
    expect(elsewhere.status).toBe(200);
    await elsewhere.body!.cancel();

    await a!.body!.cancel();
    const again = await download(csvRoute, "/api/v1/export.csv", "198.51.100.7");
    expect(again.status).toBe(200);
    await Promise.all([b!.body!.cancel(), again.body!.cancel()]);
    expect(exportActivity().downloads).toBe(0);
  });

  it("share a finished reading until the records change, then read them afresh", async () => {
    countChanges();
    const first = JSON.parse(await (await download(jsonRoute, "/api/v1/export.json")).text());
    const again = JSON.parse(await (await download(jsonRoute, "/api/v1/export.json")).text());
    expect(again.generatedAt).toBe(first.generatedAt);

    const source = await newSource({ title: "Published after the first download" });
    recordsChanged();
    const after = JSON.parse(await (await download(jsonRoute, "/api/v1/export.json")).text());
    expect(after.sources.map((s: { id: string }) => s.id)).toContain(source.id);
    expect(first.sources.map((s: { id: string }) => s.id)).not.toContain(source.id);
  });

  it("without a count of changes read the database each, at most a few at once", async () => {
    const responses = await Promise.all(
      Array.from({ length: EXPORT_LIMITS.generations + 2 }, (_, i) => download(jsonRoute, "/api/v1/export.json?scope=reader", `192.0.2.${i + 1}`)),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(EXPORT_LIMITS.generations);
    for (const response of responses.filter((r) => r.status !== 200)) {
      const problem = await expectProblem(response, 503);
      expect(problem.detail).toMatch(/already preparing other exports/);
    }
    await Promise.all(responses.filter((r) => r.status === 200).map((r) => r.text()));
    expect(exportActivity()).toEqual({ downloads: 0, generating: 0 });
  });
});
