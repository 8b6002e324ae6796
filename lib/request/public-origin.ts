// The one public origin (scheme and host) a request is answered for. The response cache's
// key and every absolute link Parley writes — feed links, the API's Location and Link
// headers, the API reference's examples — come from it, so what is cached under an address
// can only be what a reader of that address would be sent.
//
// PARLEY_PUBLIC_ORIGIN, when set, is the answer whatever the request says. Otherwise the
// request's host counts only when it is a bare `host[:port]` that PARLEY_ALLOWED_HOSTS
// lists; anything else gets no origin, and proxy.ts (pages) or lib/http/api-route.ts (the
// API) refuses the request. The server's edge (lib/request/forwarded-headers.ts) has already
// dropped X-Forwarded-* headers that did not come from a trusted proxy. See docs/security.md.
import type { IncomingHttpHeaders } from "node:http";
import { env, isBareHost, type Env } from "@/lib/config/env";

export type PublicOrigin = { protocol: "http" | "https"; host: string; origin: string };

export type HeaderGetter = (name: string) => string | null | undefined;

type OriginSettings = Pick<Env, "PARLEY_PUBLIC_ORIGIN" | "PARLEY_ALLOWED_HOSTS">;

const firstValue = (value: string | null | undefined) => value?.split(",")[0]?.trim() || undefined;

/**
 * The origin for a request's headers, or null when its host is not one Parley serves.
 * `fallbackHost` stands in for a missing Host header (a Request built without one).
 */
export function publicOrigin(header: HeaderGetter, { fallbackHost, settings = env() }: { fallbackHost?: string; settings?: OriginSettings } = {}): PublicOrigin | null {
  if (settings.PARLEY_PUBLIC_ORIGIN) return settings.PARLEY_PUBLIC_ORIGIN;
  const forwardedHost = firstValue(header("x-forwarded-host"));
  const host = (forwardedHost ?? firstValue(header("host")) ?? fallbackHost)?.toLowerCase();
  if (!host || !isAllowedHost(host, settings.PARLEY_ALLOWED_HOSTS)) return null;
  const proto = firstValue(header("x-forwarded-proto"))?.toLowerCase();
  const protocol = proto === "https" ? "https" : "http";
  return { protocol, host, origin: `${protocol}://${host}` };
}

/** Whether readers reached Parley over HTTPS: the public origin's scheme, else what a trusted proxy said. */
export function isHttpsRequest(header: HeaderGetter, settings: Pick<Env, "PARLEY_PUBLIC_ORIGIN"> = env()): boolean {
  if (settings.PARLEY_PUBLIC_ORIGIN) return settings.PARLEY_PUBLIC_ORIGIN.protocol === "https";
  return firstValue(header("x-forwarded-proto"))?.toLowerCase() === "https";
}

/** A listed host without a port allows any port; `host:port` allows that port only. */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  if (!isBareHost(host)) return false;
  const withoutPort = host.replace(/:\d+$/, "");
  return allowed.includes(host) || allowed.includes(withoutPort);
}

export const headersOf =
  (headers: Pick<Headers, "get">): HeaderGetter =>
  (name) =>
    headers.get(name);

export const incomingHeadersOf =
  (headers: IncomingHttpHeaders): HeaderGetter =>
  (name) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };

/** For route handlers: the origin of a Request (one without is refused before a handler runs). */
export function originOfRequest(request: Request): PublicOrigin | null {
  return publicOrigin(headersOf(request.headers), { fallbackHost: new URL(request.url).host });
}

export const UNKNOWN_HOST_MESSAGE =
  "This Parley does not answer for that host name. Its operator lists the names it answers for in PARLEY_PUBLIC_ORIGIN or PARLEY_ALLOWED_HOSTS.";
