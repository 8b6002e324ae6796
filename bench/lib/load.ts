// One load measurement with wrk (Debian's, installed when missing): a fixed number of
// connections for a fixed time, after a short warm-up that is not counted (first renders,
// JIT, filling caches). wrk is in C. autocannon, the Node.js load generator used before,
// turned every body into a JavaScript string: it read the cached issue page at 322 req/s
// (18:27), wrk at 5,406 (19:21), so the rows of the largest pages measured the client.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runWrk } from "./wrk";

export type LoadResult = {
  name: string;
  url: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connections that failed, answers that never came or came broken. */
  errors: number;
  /** Answers with a status of 400 or more (wrk counts those; each GET answered 2xx before the run). */
  non2xx: number;
  bytesPerResponse: number;
};

export type LoadRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

export type LoadOptions = {
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
  /** Requests cycled through, instead of a plain GET of `url`. */
  requests?: LoadRequest[];
};

type WrkLine = { requests: number; seconds: number; bytes: number; p50: number; p99: number; connect: number; read: number; write: number; timeout: number; status: number };

const REQUESTS_DIR = path.resolve("bench/.out/load");

export async function measureLoad(name: string, url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { connections = 20, seconds = 10, warmupSeconds = 2, headers = {}, requests } = options;
  const target = new URL(url);
  const cycle = requests ?? [{ method: "GET", path: `${target.pathname}${target.search}` }];
  await expectSuccess(target, cycle, headers);
  mkdirSync(REQUESTS_DIR, { recursive: true });
  const file = path.join(REQUESTS_DIR, `${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.http`);
  writeFileSync(file, cycle.map((request) => `${rawRequest(target.host, request, headers)}\0`).join(""));
  if (warmupSeconds > 0) await measureOnce(target, file, connections, warmupSeconds);
  const result = await measureOnce(target, file, connections, seconds);
  return {
    name,
    url,
    requestsPerSecond: Math.round(result.requests / result.seconds),
    p50: result.p50,
    p99: result.p99,
    errors: result.connect + result.read + result.write + result.timeout,
    non2xx: result.status,
    bytesPerResponse: Math.round(result.bytes / Math.max(1, result.requests)),
  };
}

/** wrk counts only statuses of 400 and more, so a redirect or an empty answer would pass unseen: each GET is asked once first. */
async function expectSuccess(target: URL, cycle: LoadRequest[], headers: Record<string, string>) {
  for (const request of cycle.filter((one) => one.method === "GET")) {
    const answer = await fetch(new URL(request.path, target), { headers: { ...headers, ...request.headers }, redirect: "manual" });
    await answer.arrayBuffer();
    if (answer.status < 200 || answer.status > 299) throw new Error(`GET ${request.path} answered ${answer.status} before the load`);
  }
}

function rawRequest(host: string, { method, path: requestPath, headers = {}, body }: LoadRequest, common: Record<string, string>): string {
  const all: Record<string, string> = { host, ...common, ...headers };
  if (body !== undefined) all["content-length"] = String(Buffer.byteLength(body));
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}\r\n`);
  return `${method} ${requestPath} HTTP/1.1\r\n${lines.join("")}\r\n${body ?? ""}`;
}

// One thread: the server measured is on the same two cores, and one thread of wrk sends
// tens of thousands of requests a second.
function measureOnce(target: URL, file: string, connections: number, seconds: number): Promise<WrkLine> {
  return runWrk<WrkLine>(["--threads", "1", "--connections", String(connections), "--duration", `${seconds}s`, "--timeout", "10s", "--script", "bench/lib/load.lua", target.origin, "--", file]);
}
