// Exports at scale: the synthetic dataset (100,000 positions at --scale 1), Parley's
// production server on it, and the three exports downloaded alone and in parallel crowds,
// each scenario on a freshly started server: how long the first byte and the whole file
// take, and the server's peak resident memory. For comparison, the full archive built in
// memory as one string, as the export was served before it was streamed. Writes its own
// section of bench/RESULTS.md ("Exports at scale"), leaving the rest of the file alone.
//
//   npx next build                       # once: the server runs the production build
//   npx tsx bench/exports.ts [--scale 1] [--engines SQLite,PostgreSQL] [--skip-generate]
//
// PostgreSQL: BENCH_POSTGRES_URL (default postgres://parley:parley@127.0.0.1:5432/parley_bench_exports,
// a role with CREATEDB); skipped when it cannot be reached.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { EXPORT_LIMITS } from "@/lib/export/export-limits";
import { describeMachine } from "./lib/machine";
import { largestProcessIn, withPeakMemory } from "./lib/memory";
import { createWriteToken, startParley } from "./lib/parley";
import { run, type Running } from "./lib/processes";
import { replaceSection } from "./lib/results-section";
import { ensurePostgresDatabase } from "./lib/scale-phase";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    engines: { type: "string", default: "SQLite,PostgreSQL" },
    "skip-generate": { type: "boolean" },
  },
});
const scale = Number(values.scale);
const DATABASES: Record<string, string> = {
  SQLite: "file:./.tmp/bench-exports.db",
  PostgreSQL: process.env.BENCH_POSTGRES_URL ?? "postgres://parley:parley@127.0.0.1:5432/parley_bench_exports",
};
const PORT = 3410;
const MB = 1024 * 1024;

/** One download: its HTTP status, or 0 when it failed or passed the deadline before its last byte. */
type Download = { status: number; firstByteMs: number; totalMs: number; bytes: number };

/** A download still unfinished after this long is recorded as failed, so a run never hangs. */
const DEADLINE_MS = 15 * 60_000;
type Row = { scenario: string; downloads: Download[]; peakBytes: number; beforeBytes: number };

/** One download read to its end, as a client would: status, time to the first byte of the body and to the last. */
async function download(url: string, headers: Record<string, string>): Promise<Download> {
  const started = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(DEADLINE_MS) });
    const reader = response.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      if (!firstByteMs) firstByteMs = performance.now() - started;
      bytes += read.value.length;
    }
    return { status: response.status, firstByteMs, totalMs: performance.now() - started, bytes };
  } catch (error) {
    console.error(`    ${url}: ${(error as Error).message} after ${bytes} bytes`);
    return { status: 0, firstByteMs, totalMs: performance.now() - started, bytes };
  }
}

// The server believes X-Forwarded-For from this machine (PARLEY_TRUSTED_PROXIES), so each
// download can come from an address of its own, as from clients behind a proxy.
const from = (n: number) => ({ "x-forwarded-for": `203.0.113.${n}` });
const crowd = Math.max(16, 2 * EXPORT_LIMITS.downloads);

const scenarios: { name: string; downloads(url: string, token: string): Promise<Download>[] }[] = [
  { name: "Reader JSON, one download", downloads: (url) => [download(`${url}api/v1/export.json`, from(1))] },
  {
    name: "Archive JSON, one download (API token)",
    downloads: (url, token) => [download(`${url}api/v1/export.json?scope=archive`, { ...from(1), authorization: `Bearer ${token}` })],
  },
  { name: "Positions CSV, one download", downloads: (url) => [download(`${url}api/v1/export.csv`, from(1))] },
  {
    name: `Reader JSON, ${crowd} parallel downloads from ${crowd} addresses`,
    downloads: (url) => Array.from({ length: crowd }, (_, i) => download(`${url}api/v1/export.json`, from(i + 1))),
  },
  {
    name: "Reader JSON, 6 parallel downloads from one address",
    downloads: (url) => Array.from({ length: 6 }, () => download(`${url}api/v1/export.json`, from(1))),
  },
];

async function measureEngine(engine: string, url: string): Promise<{ rows: Row[]; inMemory: { seconds: number; bytes: number; peakBytes: number } }> {
  const env = { DATABASE_URL: url };
  if (!values["skip-generate"]) {
    if (url.startsWith("postgres")) ensurePostgresDatabase(url);
    run("npx", ["tsx", "scripts/reset-db.ts", "--yes"], env);
    run("npx", ["prisma", "migrate", "deploy"], env);
    process.stdout.write(run("npx", ["tsx", "bench/synthetic/generate.ts", "--scale", String(scale), "--yes"], env));
  }
  const token = createWriteToken(url);
  const rows: Row[] = [];
  for (const scenario of scenarios) {
    console.log(`  ${engine}: ${scenario.name}`);
    loads.push(os.loadavg()[0]!);
    // A fresh server each time: no reading left from the scenario before, memory from its start.
    const server: Running = await startParley(url, PORT, { env: { PARLEY_TRUSTED_PROXIES: "127.0.0.1" } });
    try {
      await fetch(`${server.url}api/v1/export.json`, { method: "HEAD" });
      const pid = largestProcessIn(server.group);
      const { result, peakBytes, beforeBytes } = await withPeakMemory(pid, () => Promise.all(scenario.downloads(server.url, token)));
      rows.push({ scenario: scenario.name, downloads: result, peakBytes, beforeBytes });
      console.log(`    ${result.map((d) => `${d.status} ${(d.bytes / MB).toFixed(0)} MB in ${ms(d.totalMs)}`).join("; ")}; peak RSS ${mb(peakBytes)}`);
    } finally {
      await server.stop();
    }
  }
  const inMemory = JSON.parse(run("npx", ["tsx", "--conditions=react-server", "bench/export-in-memory.ts"], env).trim().split("\n").at(-1)!);
  return { rows, inMemory };
}

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const mb = (n: number) => `${(n / MB).toFixed(n >= 100 * MB ? 0 : 1)} MB`;
const max = (list: number[]) => Math.max(0, ...list);

function table(rows: Row[], inMemory: { seconds: number; bytes: number; peakBytes: number }): string[] {
  const lines = [
    "| Scenario | served | refused | first byte | last byte | file | server RSS before | peak RSS |",
    "|---|---:|---|---:|---:|---:|---:|---:|",
  ];
  for (const { scenario, downloads, peakBytes, beforeBytes } of rows) {
    const served = downloads.filter((d) => d.status === 200);
    const refused = downloads.filter((d) => d.status !== 200);
    const statuses = [...new Set(refused.map((d) => (d.status === 0 ? "failed" : d.status)))].join(", ");
    lines.push(
      `| ${scenario} | ${served.length} | ${refused.length ? `${refused.length} × ${statuses} in ≤ ${ms(max(refused.map((d) => d.totalMs)))}` : "—"} | ` +
        `${ms(max(served.map((d) => d.firstByteMs)))} | ${ms(max(served.map((d) => d.totalMs)))} | ${mb(max(served.map((d) => d.bytes)))} | ${mb(beforeBytes)} | ${mb(peakBytes)} |`,
    );
  }
  lines.push(
    `| For comparison: the archive built in memory as one string (before streaming; its own process) | | | ${ms(inMemory.seconds * 1000)} | ${ms(inMemory.seconds * 1000)} | ${mb(inMemory.bytes)} | | ${mb(inMemory.peakBytes)} |`,
  );
  return lines;
}

// The machine may be shared: its load when each scenario began says how far to trust the times.
const loads: number[] = [];
const sections: string[] = [];
for (const engine of values.engines!.split(",").map((e) => e.trim())) {
  const url = DATABASES[engine];
  if (!url) throw new Error(`--engines takes ${Object.keys(DATABASES).join(", ")}`);
  try {
    const { rows, inMemory } = await measureEngine(engine, url);
    sections.push(`### ${engine}`, "", ...table(rows, inMemory), "");
  } catch (error) {
    console.error(error);
    sections.push(`### ${engine}`, "", `Skipped: ${(error as Error).message.split("\n")[0]}`, "");
  }
}

const section = [
  "## Exports at scale",
  "",
  `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`npx tsx bench/exports.ts --scale ${scale} --engines ${values.engines}\` on the synthetic dataset ` +
    `(${(100_000 * scale).toLocaleString("en")} positions), each scenario on a freshly started production server (response cache on, as deployed). ` +
    `Machine: ${describeMachine().join("; ")}.`,
  "",
  `Limits in force: ${EXPORT_LIMITS.downloads} downloads at once per process, ${EXPORT_LIMITS.perAddress} per client address, ` +
    `${EXPORT_LIMITS.generations} exports read from the database at once; downloads of an export share one reading while the records are unchanged. ` +
    "\"First byte\" and \"last byte\" are the slowest served download's; \"peak RSS\" is the server process's resident memory, sampled every 25 ms. " +
    (loads.length
      ? `Load average (1 minute) as the scenarios began: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${os.cpus().length} cores, so times are an upper bound when other work shares the machine.`
      : ""),
  "",
  ...sections,
].join("\n");

const file = "bench/RESULTS.md";
writeFileSync(file, replaceSection(readFileSync(file, "utf8"), "exports", section));
console.log(`\n${section}\nWritten to ${file}`);
