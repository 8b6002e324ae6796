// For comparison in bench/exports.ts: the full archive built in memory as one string, the
// way GET /api/v1/export.json answered before exports were streamed. Prints the time it took
// and the process's peak resident memory as JSON. Run with the react-server condition:
//   DATABASE_URL=… npx tsx --conditions=react-server bench/export-in-memory.ts
import { readFileSync } from "node:fs";
import { db } from "@/lib/db/client";
import { exportDataset } from "@/lib/export/export-dataset";

const started = performance.now();
const text = JSON.stringify(await exportDataset({ scope: "archive" }));
const seconds = (performance.now() - started) / 1000;
const peak = readFileSync("/proc/self/status", "utf8").match(/^VmHWM:\s+(\d+) kB$/m);
console.log(JSON.stringify({ seconds, bytes: Buffer.byteLength(text), peakBytes: Number(peak?.[1] ?? 0) * 1024 }));
await db.$disconnect();
