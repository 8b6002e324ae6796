// The response cache's memory stays within its configured limit whatever readers send:
// 10,000 requests through the server's real edge (lib/cache/cached-handler.ts over HTTP on
// loopback), each with large, varied headers and a long query string of its own, each
// answered with a small body and large headers — the case where counting bodies alone
// would keep thousands of entries many times their counted size.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { BlockList, type AddressInfo } from "node:net";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedHandler } from "@/lib/cache/cached-handler";
import { MAX_URL_LENGTH } from "@/lib/cache/cacheable";
import { entryBytes, ResponseCache } from "@/lib/cache/response-cache";
import { storeResponse } from "@/lib/cache/stored-response";

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;
const heapUsed = () => {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

const LIMIT = 4 * 1024 * 1024;
const REQUESTS = 10_000;

// Stands in for Next.js: a small page whose headers name the address it was asked for.
function renderPage(request: IncomingMessage, response: ServerResponse) {
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("link", `<${request.url}>; rel="canonical"`);
  response.setHeader("x-page-note", "n".repeat(2_000));
  response.end("<!doctype html><title>page</title><p>A small page.</p>");
}

describe("the response cache under a flood of distinct requests", () => {
  const cache = new ResponseCache({ maxBytes: LIMIT });
  let server: http.Server;
  let port: number;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

  beforeAll(async () => {
    server = http.createServer(
      cachedHandler({ handle: renderPage, cache, signal: null, address: () => server.address() as AddressInfo, trustedProxies: new BlockList() }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  function get(i: number): Promise<string | undefined> {
    const query = randomBytes(Math.floor((MAX_URL_LENGTH - 20) * 0.375)).toString("base64url");
    const headers: Record<string, string> = {
      "user-agent": `crawler ${i} ${randomBytes(200).toString("hex")}`,
      cookie: `theme=${randomBytes(500).toString("hex")}`,
      "accept-language": randomBytes(300).toString("hex"),
    };
    for (let h = 0; h < 6; h++) headers[`x-junk-${h}`] = randomBytes(500).toString("hex");
    return new Promise((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port, path: `/page/${i}?q=${query}`, headers, agent }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.headers["x-parley-cache"] as string | undefined));
      });
      request.on("error", reject);
    });
  }

  it("keeps the process within the configured limit", { timeout: 180_000 }, async () => {
    const before = heapUsed();
    let next = 0;
    const statuses: Array<string | undefined> = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < REQUESTS) statuses.push(await get(next++));
      }),
    );
    expect(statuses.filter((s) => s === "miss")).toHaveLength(REQUESTS);
    // The cache kept answers, and counts them within its limit...
    expect(cache.size).toBeGreaterThan(10);
    expect(cache.bytes).toBeLessThanOrEqual(LIMIT);
    // ...and what it really holds is within that limit too: counting bodies alone would have
    // kept every one of the 10,000 answers, some 40 MB of keys and headers.
    expect(heapUsed() - before).toBeLessThan(LIMIT + 8 * 1024 * 1024);
  });
});

describe("the cache's accounting", () => {
  const small = storeResponse(200, { "content-type": "text/html", "x-long": "h".repeat(10_000) }, Buffer.from("tiny"));

  it("counts the key and the headers, not only the body", () => {
    const key = `http://localhost /search?q=${"k".repeat(2_000)}`;
    expect(entryBytes(key, small)).toBeGreaterThan(2 * (key.length + 10_000));
  });

  it("keeps no more entries than their keys and headers leave room for", async () => {
    const cache = new ResponseCache({ maxBytes: 256 * 1024 });
    for (let i = 0; i < 200; i++) await cache.get(`http://localhost /${i}?${"k".repeat(2_000)}`, async () => ({ response: small, store: true }));
    expect(cache.bytes).toBeLessThanOrEqual(256 * 1024);
    expect(cache.size).toBeLessThan(256 * 1024 / 20_000);
  });

  it("sweeps out expired entries without being asked for them", async () => {
    const cache = new ResponseCache({ ttlMs: 20 });
    for (let i = 0; i < 10; i++) await cache.get(`k${i}`, async () => ({ response: small, store: true }));
    expect(cache.size).toBe(10);
    await expect.poll(() => cache.size, { timeout: 2_000, interval: 20 }).toBe(0);
  });
});
