// Which requests the response cache may answer, and which answers it may keep. A cached
// answer is shared by every reader, so only what any anonymous reader would be shown: no
// session, no API token, no per-visitor cookie set in the answer.
//
// The key names everything the answer depends on: the public origin (its absolute links
// are written for it; lib/request/public-origin.ts) and the path with its query. A cached
// answer is rendered from exactly those (cached-handler.ts passes nothing else on), so the
// key cannot be made to hold another address's answer; answers that say they vary with
// some other request header are not kept at all.
import type { IncomingHttpHeaders } from "node:http";
import { incomingHeadersOf, publicOrigin, type PublicOrigin } from "@/lib/request/public-origin";

// Client-side navigation asks for React Server Component payloads with these headers; the
// answer depends on the router state they carry, so they go to Next.js uncached.
const ROUTER_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

// Build assets are already served from memory by Next.js with immutable caching; exports can
// be very large and are read rarely, so they are not worth holding in memory.
const UNCACHED_PATHS = ["/_next/", "/api/v1/export"];

export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
export const MAX_URL_LENGTH = 2048;
/** An origin is at most a scheme and a checked host name: the key stays near the URL's bound. */
export const MAX_KEY_LENGTH = MAX_URL_LENGTH + 300;

// Headers an answer may vary on and still be shared: the cache compresses per request
// itself, and cacheable requests never carry the router headers.
const VARY_HANDLED = new Set(["accept-encoding", ...ROUTER_HEADERS]);

export type RequestLike = { method?: string; url?: string; headers: IncomingHttpHeaders };

export function isCacheableRequest({ method, url = "", headers }: RequestLike): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (headers.authorization) return false;
  if (headers.cookie?.includes("parley_session")) return false;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return false;
  // Only origin-form targets ("/path?query"): an absolute-form target names a host of its own.
  if (!url.startsWith("/") || url.startsWith("//")) return false;
  if (url.length > MAX_URL_LENGTH || url.includes("_rsc=")) return false;
  return !UNCACHED_PATHS.some((prefix) => url.startsWith(prefix));
}

export function isStorableResponse(status: number, headers: IncomingHttpHeaders, bodyBytes: number): boolean {
  if (status !== 200 || headers["set-cookie"] !== undefined || bodyBytes > MAX_ENTRY_BYTES) return false;
  const vary = String(headers.vary ?? "")
    .toLowerCase()
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return vary.every((name) => VARY_HANDLED.has(name));
}

export type CacheTarget = { key: string; origin: PublicOrigin };

/**
 * The request headers that give an answer's origin to whoever renders it: this server over
 * loopback (cached-handler.ts), or another instance (peer-renderings.ts).
 */
export function headersNaming(origin: PublicOrigin): Record<string, string> {
  return { host: origin.host, "x-forwarded-host": origin.host, "x-forwarded-proto": origin.protocol };
}

/** The origin and path that `key` (made by `cacheTarget`) names. */
export function targetOfKey(key: string): { origin: PublicOrigin; path: string } {
  const space = key.indexOf(" ");
  const url = new URL(key.slice(0, space));
  const protocol = url.protocol === "https:" ? "https" : "http";
  return { origin: { protocol, host: url.host, origin: `${protocol}://${url.host}` }, path: key.slice(space + 1) };
}

/** The key and origin of a cacheable request, or null when it has no public origin or is too long to keep. */
export function cacheTarget({ url = "", headers }: RequestLike): CacheTarget | null {
  const origin = publicOrigin(incomingHeadersOf(headers));
  if (!origin) return null;
  // A space cannot occur in an origin nor in a request target, so the parts cannot run together.
  const key = `${origin.origin} ${url}`;
  return key.length <= MAX_KEY_LENGTH ? { key, origin } : null;
}
