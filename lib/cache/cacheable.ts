// Which requests the response cache may answer, and which answers it may keep. A cached
// answer is shared by every reader, so only what any anonymous reader would be shown: no
// session, no API token, no per-visitor cookie set in the answer.
import type { IncomingHttpHeaders } from "node:http";

// Client-side navigation asks for React Server Component payloads with these headers; the
// answer depends on the router state they carry, so they go to Next.js uncached.
const ROUTER_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

// Build assets are already served from memory by Next.js with immutable caching; exports can
// be very large and are read rarely, so they are not worth holding in memory.
const UNCACHED_PATHS = ["/_next/", "/api/v1/export"];

export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

export type RequestLike = { method?: string; url?: string; headers: IncomingHttpHeaders };

export function isCacheableRequest({ method, url = "", headers }: RequestLike): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (headers.authorization) return false;
  if (headers.cookie?.includes("parley_session")) return false;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return false;
  if (url.length > 2048 || url.includes("_rsc=")) return false;
  return !UNCACHED_PATHS.some((prefix) => url.startsWith(prefix));
}

export function isStorableResponse(status: number, headers: IncomingHttpHeaders, bodyBytes: number): boolean {
  return status === 200 && headers["set-cookie"] === undefined && bodyBytes <= MAX_ENTRY_BYTES;
}

/** Everything the answer depends on besides the data: scheme and host appear in absolute links. */
export function cacheKey({ url = "", headers }: RequestLike): string {
  const proto = String(headers["x-forwarded-proto"] ?? "http").split(",")[0]?.trim();
  const host = String(headers["x-forwarded-host"] ?? headers.host ?? "").toLowerCase();
  return `${proto}://${host}${url}`;
}
