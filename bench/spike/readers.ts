// The readers: wrk's connections cycling through a mix of reading requests through the
// balancer (bench/spike/readers.lua). wrk, a C program, costs the two cores the whole
// benchmark shares a fraction of what a load generator in Node.js does: in a run with
// autocannon, the readers' own process took three quarters of a core, more than the three
// instances together (bench/spike/ANALYSIS.md).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { runWrk } from "../lib/wrk";

export type ReaderResult = {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Connections that failed, answers that never came or came broken (wrk's connect, read, write and timeout errors). */
  errors: number;
  /** Answers with a status of 400 or more (wrk counts those; the mix's paths all answered 200 before the run). */
  non2xx: number;
};

type WrkLine = { requests: number; seconds: number; p50: number; p95: number; p99: number; max: number; connect: number; read: number; write: number; timeout: number; status: number };

export async function readWithWrk({ base, connections, seconds, paths, outDir }: { base: string; connections: number; seconds: number; paths: string[]; outDir: string }): Promise<ReaderResult> {
  const pathsFile = path.join(outDir, "spike-paths.txt");
  writeFileSync(pathsFile, `${paths.join("\n")}\n`);
  const args = ["--threads", "2", "--connections", String(connections), "--duration", `${seconds}s`, "--timeout", "10s", "--script", "bench/spike/readers.lua", base, "--", pathsFile];
  const result = await runWrk<WrkLine>(args);
  return {
    requests: result.requests,
    requestsPerSecond: Math.round(result.requests / result.seconds),
    p50: result.p50,
    p95: result.p95,
    p99: result.p99,
    max: Math.round(result.max),
    errors: result.connect + result.read + result.write + result.timeout,
    non2xx: result.status,
  };
}
