// The server's edge: every request first has its forwarding headers settled
// (lib/request/forwarded-headers.ts), then the response cache answers it or Next.js does.
// A cacheable read that misses is rendered by asking this same server again over loopback,
// marked with a secret header so that the second request goes straight to Next.js: that
// yields the complete answer as bytes, exactly as Next.js would have sent it, without
// reaching into its internals.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, BlockList } from "node:net";
import { trustForwardedHeaders } from "@/lib/request/forwarded-headers";
import type { PublicOrigin } from "@/lib/request/public-origin";
import type { Scope } from "./change-scope";
import { cacheTarget, isCacheableRequest, isStorableResponse } from "./cacheable";
import type { ChangeSignal } from "./change-signal";
import type { ResponseCache } from "./response-cache";
import { compressAhead, sendStored, storeResponse, type StoredResponse } from "./stored-response";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export function cachedHandler({
  handle,
  cache,
  signal,
  address,
  trustedProxies,
  dependencies,
}: {
  handle: Handler;
  cache: ResponseCache | null;
  signal: ChangeSignal | null;
  address: () => AddressInfo;
  /** PARLEY_TRUSTED_PROXIES: whose X-Forwarded-* headers count. */
  trustedProxies: BlockList;
  /** What the answer at a path depends on (dependencies.ts); without it, every answer depends on every change. */
  dependencies?: (url: string) => Promise<Scope>;
}): Handler {
  const fillSecret = randomBytes(24).toString("hex");

  return async (request, response) => {
    // Only this server's own rendering requests may skip the cache; the header goes either
    // way. Their forwarding headers were settled on the reader's request they render.
    const isFill = request.headers["x-parley-cache-fill"] === fillSecret;
    delete request.headers["x-parley-cache-fill"];
    if (isFill) return handle(request, response);
    trustForwardedHeaders(request, trustedProxies);
    const target = cache && isCacheableRequest(request) ? cacheTarget(request) : null;
    if (!cache || !target) {
      // A write here is visible to this process's next read without waiting for the poll.
      if (signal && request.method !== "GET" && request.method !== "HEAD") response.on("finish", () => signal.checkNow());
      return handle(request, response);
    }
    let lookup;
    try {
      const url = request.url!;
      lookup = await cache.get(
        target.key,
        async () => {
          const rendered = await render(address(), url, target.origin, fillSecret);
          const store = isStorableResponse(rendered.status, rendered.headers, rendered.stored.body.length);
          if (store) await compressAhead(rendered.stored);
          return { response: rendered.stored, store };
        },
        dependencies && (() => dependencies(url)),
      );
    } catch {
      // The loopback request failed (the server is shutting down, say): answer directly.
      return handle(request, response);
    }
    sendStored(request, response, lookup.response, lookup.stale ? "stale" : lookup.hit ? "hit" : "miss");
  };
}

/**
 * Renders `path` for `origin` and nothing else: the rendering request carries the key's
 * parts and no other header of the reader's, so the answer depends on the key alone.
 */
function render(
  { address, port, family }: AddressInfo,
  path: string,
  origin: PublicOrigin,
  fillSecret: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; stored: StoredResponse }> {
  const headers: Record<string, string> = {
    "accept-encoding": "identity",
    "x-parley-cache-fill": fillSecret,
    host: origin.host,
    "x-forwarded-host": origin.host,
    "x-forwarded-proto": origin.protocol,
  };
  const host = address === "::" || address === "0.0.0.0" ? (family === "IPv6" ? "::1" : "127.0.0.1") : address;
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host, port, path, method: "GET", headers }, (answer) => {
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
