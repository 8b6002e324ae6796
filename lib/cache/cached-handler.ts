// Puts the response cache in front of Next.js's request handler. A cacheable read that
// misses is rendered by asking this same server again over loopback, marked with a secret
// header so that the second request goes straight to Next.js: that yields the complete
// answer as bytes, exactly as Next.js would have sent it, without reaching into its internals.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { cacheKey, isCacheableRequest, isStorableResponse } from "./cacheable";
import type { ChangeSignal } from "./change-signal";
import type { ResponseCache } from "./response-cache";
import { sendStored, storeResponse, type StoredResponse } from "./stored-response";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

// Passed on to the rendering request: they change the links and policy a page carries.
const FORWARDED = ["host", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-for", "x-forwarded-port"];

export function cachedHandler({
  handle,
  cache,
  signal,
  address,
}: {
  handle: Handler;
  cache: ResponseCache | null;
  signal: ChangeSignal | null;
  address: () => AddressInfo;
}): Handler {
  const fillSecret = randomBytes(24).toString("hex");

  return async (request, response) => {
    // Only this server's own rendering requests may skip the cache; the header goes either way.
    const isFill = request.headers["x-parley-cache-fill"] === fillSecret;
    delete request.headers["x-parley-cache-fill"];
    if (isFill) return handle(request, response);
    if (!cache || !isCacheableRequest(request)) {
      // A write here is visible to this process's next read without waiting for the poll.
      if (signal && request.method !== "GET" && request.method !== "HEAD") response.on("finish", () => signal.checkNow());
      return handle(request, response);
    }
    let lookup;
    try {
      lookup = await cache.get(cacheKey(request), async () => {
        const rendered = await render(address(), request, fillSecret);
        return { response: rendered.stored, store: isStorableResponse(rendered.status, rendered.headers, rendered.stored.body.length) };
      });
    } catch {
      // The loopback request failed (the server is shutting down, say): answer directly.
      return handle(request, response);
    }
    sendStored(request, response, lookup.response, lookup.hit ? "hit" : "miss");
  };
}

function render(
  { address, port, family }: AddressInfo,
  request: IncomingMessage,
  fillSecret: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; stored: StoredResponse }> {
  const headers: Record<string, string> = { "accept-encoding": "identity", "x-parley-cache-fill": fillSecret };
  for (const name of FORWARDED) {
    const value = request.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const host = address === "::" || address === "0.0.0.0" ? (family === "IPv6" ? "::1" : "127.0.0.1") : address;
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host, port, path: request.url, method: "GET", headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        const status = answer.statusCode ?? 502;
        resolve({ status, headers: answer.headers, stored: storeResponse(status, answer.headers, Buffer.concat(chunks)) });
      });
      answer.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}
