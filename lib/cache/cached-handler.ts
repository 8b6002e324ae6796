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
import { cacheTarget, headersNaming, isCacheableRequest, isStorableResponse, type CacheTarget } from "./cacheable";
import type { ChangeSignal } from "./change-signal";
import type { PeerRenderings } from "./peer-renderings";
import type { ResponseCache } from "./response-cache";
import { compressAhead, sendStored, storeResponse, type Fill, type StoredResponse } from "./stored-response";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export function cachedHandler({
  handle,
  cache,
  signal,
  address,
  trustedProxies,
  dependencies,
  peers,
}: {
  handle: Handler;
  cache: ResponseCache | null;
  signal: ChangeSignal | null;
  address: () => AddressInfo;
  /** PARLEY_TRUSTED_PROXIES: whose X-Forwarded-* headers count. */
  trustedProxies: BlockList;
  /** What the answer at a path depends on (dependencies.ts); without it, every answer depends on every change. */
  dependencies?: (url: string) => Promise<Scope>;
  /** The other instances this one asks for renderings, and answers (PARLEY_PEERS). */
  peers?: PeerRenderings;
}): Handler {
  const fillSecret = randomBytes(24).toString("hex");
  const fill = (url: string, { origin }: CacheTarget): Fill => async () => {
    const rendered = await render(address(), url, origin, fillSecret);
    const store = isStorableResponse(rendered.status, rendered.headers, rendered.stored.body.length);
    if (store) await compressAhead(rendered.stored);
    return { response: rendered.stored, store };
  };

  return async (request, response) => {
    // Only this server's own rendering requests may skip the cache; the header goes either
    // way. Their forwarding headers were settled on the reader's request they render.
    const isFill = request.headers["x-parley-cache-fill"] === fillSecret;
    delete request.headers["x-parley-cache-fill"];
    if (isFill) return handle(request, response);
    // Another instance asking for this one's rendering brings the forwarding headers of the
    // reader's request it answers, settled there.
    const asked = peers?.peerRequest(request) ?? null;
    if (!asked) trustForwardedHeaders(request, trustedProxies);
    const target = cache && isCacheableRequest(request) ? cacheTarget(request) : null;
    if (asked && peers) {
      if (!cache || !target) return void response.writeHead(404).end();
      const url = request.url!;
      try {
        return await peers.answerPeer(response, asked.after, () => cache.fresh(target.key, fill(url, target), dependencies && (() => dependencies(url))));
      } catch {
        // The asking instance renders the page itself.
        if (!response.headersSent) response.writeHead(503);
        return void response.end();
      }
    }
    if (!cache || !target) {
      // A write here is visible to this process's next read without waiting for the poll.
      if (signal && request.method !== "GET" && request.method !== "HEAD") response.on("finish", () => signal.checkNow());
      return handle(request, response);
    }
    let lookup;
    try {
      const url = request.url!;
      lookup = await cache.get(target.key, fill(url, target), dependencies && (() => dependencies(url)));
    } catch {
      // The loopback request failed (the server is shutting down, say): answer directly.
      return handle(request, response);
    }
    if (lookup.hit) await cache.turn();
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
    ...headersNaming(origin),
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
