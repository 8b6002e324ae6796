// The news-spike benchmark: `npm run bench:spike`. nginx (Debian's, installed when missing)
// with the committed configuration (deploy/nginx-parley.conf) in front of three Parley
// instances on one PostgreSQL database; 200 connections (wrk, Debian's) read both seeded negotiations'
// pages and API answers while an editor saves a position every 2 s, for 2 minutes. Then the
// same with one instance killed (SIGKILL) halfway. Writes its section of bench/RESULTS.md, ending
// with the hand-written analysis in bench/spike/ANALYSIS.md.
//   --seconds N      length of each run (default 120)
//   --connections N  readers (default 200)
//   --build          build even when a production build exists
//   --port N         the balancer's port; instances take the next three (default 3610)
//   --stale-ms N     the instances' PARLEY_CACHE_STALE_MS (default 500, as the README's deployment guide sets it)
//   --peers on|off   whether the instances ask each other for renderings (PARLEY_PEERS; default on, as the guide sets it)
//   SPIKE_POSTGRES_URL  the database (default postgres://parley:parley@127.0.0.1:5432/parley_bench_spike; the role needs CREATEDB)
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeMachine } from "./lib/machine";
import { createWriteToken, prepareSeededDatabase } from "./lib/parley";
import { run } from "./lib/processes";
import { replaceSection } from "./lib/results-section";
import { ensurePostgresDatabase } from "./lib/scale-phase";
import { ensurePostgresMemory } from "./lib/postgres-memory";
import { ensureNginx, ensurePostgresRunning, ensureWrk, nginxVersion, wrkVersion } from "./spike/environment";
import { startInstance, type Instance } from "./spike/instances";
import { readingMix } from "./spike/mix";
import { startNginx } from "./spike/nginx";
import { runPhase, type PhaseResult } from "./spike/phase";
import { spikeSection } from "./spike/report";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "120" },
    connections: { type: "string", default: "200" },
    build: { type: "boolean" },
    port: { type: "string", default: "3610" },
    "stale-ms": { type: "string", default: "500" },
    peers: { type: "string", default: "on" },
    note: { type: "string", default: "" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const balancerPort = Number(values.port);
const staleMs = values["stale-ms"];
const instancePorts = [1, 2, 3].map((i) => balancerPort + i);
const databaseUrl = process.env.SPIKE_POSTGRES_URL ?? "postgres://parley:parley@127.0.0.1:5432/parley_bench_spike";
const outDir = path.resolve("bench/.out");
mkdirSync(outDir, { recursive: true });
const startedAt = new Date();
const step = (text: string) => console.log(`\n▶ ${text}`);

step("nginx, wrk and PostgreSQL");
ensureNginx();
ensureWrk();
ensurePostgresRunning();
ensurePostgresMemory();

if (values.build || !existsSync(".next/BUILD_ID")) {
  step("Building Parley for production");
  run("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
}

step("Seeded PostgreSQL database");
ensurePostgresDatabase(databaseUrl);
prepareSeededDatabase(databaseUrl);
const token = createWriteToken(databaseUrl);
const { paths, editedPositions } = await readingMix(databaseUrl);

// As the README's deployment guide sets them: every instance's address, and one secret.
const peers = { PARLEY_PEERS: instancePorts.map((port) => `http://127.0.0.1:${port}`).join(","), PARLEY_PEER_SECRET: randomBytes(24).toString("hex") };

const phases: PhaseResult[] = [];
for (const { name, killOne, saves } of [
  { name: "Three instances", killOne: false, saves: true },
  { name: "One killed halfway", killOne: true, saves: true },
  // The same readers with nobody editing: what the machine gives readers at all.
  { name: "Readers only, for reference", killOne: false, saves: false },
]) {
  step(`${name}: ${connections} readers for ${seconds} s${saves ? ", a save every 2 s" : ""}`);
  const balancer = `http://127.0.0.1:${balancerPort}`;
  const env = { DATABASE_URL: databaseUrl, PARLEY_PUBLIC_ORIGIN: balancer, PARLEY_TRUSTED_PROXIES: "127.0.0.1", PARLEY_CACHE_STALE_MS: staleMs };
  const instances: Instance[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
  try {
    // bench/.out/spike-<run>-<port>.log: each instance's own output during this run.
    const run = name.toLowerCase().replace(/[^a-z]+/g, "-").replace(/-$/, "");
    for (const port of instancePorts) {
      const own = values.peers === "on" ? { ...peers, PARLEY_PEER_SELF: `http://127.0.0.1:${port}` } : {};
      instances.push(await startInstance(port, { ...env, ...own }, path.join(outDir, `spike-${run}-${port}.log`)));
    }
    nginx = await startNginx(path.join(outDir, "spike-nginx"), balancerPort, instancePorts);
    // Every page rendered once on every instance, as after a few seconds of readers; and
    // every one answers 200, so that wrk's count of answers of 400 and more is every failure.
    for (let round = 0; round < instances.length; round += 1) {
      for (const page of paths) {
        const answer = await fetch(`${balancer}${page}`, { redirect: "manual" });
        await answer.arrayBuffer();
        if (answer.status !== 200) throw new Error(`${page} answered ${answer.status} before the run`);
      }
    }
    const result = await runPhase({
      name,
      base: balancer,
      databaseUrl,
      token,
      paths,
      editedPositions,
      connections,
      seconds,
      everyMs: saves ? 2_000 : 0,
      outDir,
      kill: killOne ? instances[1] : undefined,
    });
    console.log(JSON.stringify({ ...result, saves: result.saves.map(({ lagMs, attempts }) => ({ lagMs, attempts })) }));
    phases.push(result);
  } finally {
    await nginx?.stop();
    for (const instance of instances) await instance.stop();
  }
}

const resultsFile = path.resolve("bench/RESULTS.md");
// Written by hand, and kept across runs: it follows the tables, as bench/ANALYSIS.md follows `npm run bench`'s.
const analysisFile = path.resolve("bench/spike/ANALYSIS.md");
const section = spikeSection({
  startedAt,
  machine: [...describeMachine(), nginxVersion(), wrkVersion()],
  setup: [
    `${connections} connections (wrk, brotli accepted) cycling through ${paths.length} reads of both seeded negotiations — matrix, issue, compare, party and position pages, API answers, search, home —`,
    `through nginx (\`deploy/nginx-parley.conf\`) to three instances on one PostgreSQL database (\`PARLEY_CACHE_STALE_MS=${staleMs}\`${values.peers === "on" ? ", asking each other for renderings (`PARLEY_PEERS`)" : ""}), for ${seconds} s per run, while an editor saves one of ${editedPositions.length} positions through the API every 2 s.`,
    "Each save's lag runs from the API's acknowledgement until every read of its position's page and API answer through the balancer showed it (reads one after another, watched for 2 s after the first fresh one).",
  ],
  phases,
  note: [values.note, existsSync(analysisFile) ? readFileSync(analysisFile, "utf8") : ""].filter((text) => text.trim()).join("\n\n"),
});
const existing = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";
writeFileSync(resultsFile, replaceSection(existing, "spike", section));
console.log(`\n${section}\n\nWritten to bench/RESULTS.md`);
