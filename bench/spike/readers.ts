// The readers: autocannon's connections cycling through a mix of reading requests through
// the balancer, in a process of its own so that their load does not slow the editor's
// clock. Run by bench/spike/run-phase.ts; prints one JSON line of results.
//   npx tsx bench/spike/readers.ts <base URL> <connections> <seconds> <paths JSON file>
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const [base, connections, seconds, pathsFile] = process.argv.slice(2);
const paths: string[] = JSON.parse(readFileSync(pathsFile!, "utf8"));
const latencies: number[] = [];
const statuses = new Map<number, number>();

let finish!: (result: autocannon.Result) => void;
const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
const instance = autocannon(
  {
  url: base!,
  connections: Number(connections),
  duration: Number(seconds),
  // Browsers ask for compressed pages.
  headers: { "accept-encoding": "br, gzip" },
  requests: paths.map((path) => ({ method: "GET" as const, path })),
  timeout: 10,
  },
  (error, result) => {
    if (error) throw error;
    finish(result);
  },
);
instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
  latencies.push(responseTime);
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
});
const result = await done;
// Connection errors and timeouts (a timeout counts in both).
const errors = result.errors;

latencies.sort((a, b) => a - b);
const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
console.log(
  JSON.stringify({
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / Number(seconds)),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: Math.round(latencies.at(-1) ?? 0),
    errors,
    non2xx: [...statuses].filter(([status]) => status < 200 || status >= 300).reduce((sum, [, count]) => sum + count, 0),
    statuses: Object.fromEntries(statuses),
  }),
);
