// Parley's benchmark suite: `npm run bench` (see the README's benchmark section). Builds Parley, starts it in
// production mode, measures it under load beside two baselines, runs Lighthouse, then
// measures a large synthetic dataset on SQLite and PostgreSQL, and writes bench/RESULTS.md.
//   --seconds N        length of each load measurement (default 10)
//   --skip-build       use the existing production build
//   --skip-lighthouse, --skip-scale
//   --scale F          size of the synthetic dataset relative to the full one (default 1)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBaselines } from "./lib/baselines";
import { describeMachine } from "./lib/machine";
import { createWriteToken, prepareSeededDatabase, startParley } from "./lib/parley";
import { run } from "./lib/processes";
import { writeResults } from "./lib/report";
import { markedSections } from "./lib/results-section";
import { measureSeededLoad } from "./lib/seeded-load";
import { NEGOTIATION } from "./lib/targets";
import { ensureWrk, wrkVersion } from "./spike/environment";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    "skip-build": { type: "boolean" },
    "skip-lighthouse": { type: "boolean" },
    "skip-scale": { type: "boolean" },
    scale: { type: "string", default: "1" },
  },
});
const seconds = Number(values.seconds);
const outDir = path.resolve("bench/.out");
mkdirSync(outDir, { recursive: true });
const startedAt = new Date();
const step = (text: string) => console.log(`\n▶ ${text}`);

if (!values["skip-build"]) {
  step("Building Parley for production");
  run("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
}

// The load generator (bench/lib/load.ts), installed before anything is measured.
ensureWrk();

step("Seeded database");
const seededUrl = `file:${path.join(outDir, "seeded.db")}`;
prepareSeededDatabase(seededUrl);
const token = createWriteToken(seededUrl);

step("Starting Parley (cached and uncached) and the baselines");
const parley = await startParley(seededUrl, 3400);
const uncached = await startParley(seededUrl, 3403, { cache: false });
const matrixPage = await (await fetch(`${parley.url}negotiations/${NEGOTIATION}`)).text();
const matrixBytes = Buffer.byteLength(matrixPage);
const { prerendered, bare, bytes: baselineBytes } = await startBaselines(matrixPage, outDir);

try {
  step(`Load: 20 connections, ${seconds} s each`);
  const load = await measureSeededLoad({ parley, uncached, prerendered, bare }, { token, seconds });
  await uncached.stop();
  await bare.stop();

  // Loaded only when wanted: Lighthouse and the generator are heavy to import.
  const lighthouse = values["skip-lighthouse"]
    ? null
    : (step("Lighthouse"), await (await import("./lib/lighthouse-phase")).measureLighthouse(parley.url, prerendered.url));
  await parley.stop();
  await prerendered.stop();

  const scale = values["skip-scale"]
    ? null
    : (step("Synthetic dataset at scale"), await (await import("./lib/scale-phase")).measureScale({ scale: Number(values.scale) }));

  const resultsFile = path.resolve("bench/RESULTS.md");
  // Sections other benchmarks write (bench/exports.ts) are kept as they were.
  const kept = existsSync(resultsFile) ? markedSections(readFileSync(resultsFile, "utf8")) : [];
  const results = [writeResults({ startedAt, machine: [...describeMachine(), wrkVersion()], seconds, matrixBytes, baselineBytes, load, lighthouse, scale }).trimEnd(), ...kept].join("\n\n") + "\n";
  writeFileSync(resultsFile, results);
  console.log(`\n${results}\nWritten to bench/RESULTS.md`);
} finally {
  for (const server of [parley, uncached, prerendered, bare]) await server.stop();
}
