// Runs before every page request (Next 16's renamed middleware). Sets the Content-Security-
// Policy with a fresh nonce: Next.js reads the nonce from the request's CSP header and puts
// it on its own scripts, so no other inline script can run. Pages must render per request
// for that (the header's AccountMenu reads the session cookie, which makes them dynamic).
// Headers that never change are set in next.config.ts. A request for a host Parley does not
// serve is refused here, before any page sees it (lib/request/public-origin.ts); the JSON
// API refuses one itself (lib/http/api-route.ts).
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { STRICT_TRANSPORT } from "@/lib/http/strict-transport";
import { headersOf, publicOrigin, UNKNOWN_HOST_MESSAGE } from "@/lib/request/public-origin";

export function proxy(request: NextRequest) {
  const origin = publicOrigin(headersOf(request.headers), { fallbackHost: request.nextUrl.host });
  if (!origin) {
    return new NextResponse(`${UNKNOWN_HOST_MESSAGE}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const https = origin.protocol === "https";
  const nonce = randomBytes(16).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT);
  return response;
}

function contentSecurityPolicy(nonce: string, { dev, https }: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced bootstrap loads are trusted; 'self' is only a
    // fallback for browsers without CSP 3. React needs eval only for dev-mode stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // style="" attributes (party colours, tooltip positions) cannot run code; <style>
    // elements, which could, still need the nonce.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const config = {
  // Hashed build assets carry no HTML: they get next.config.ts's headers only.
  // The JSON API (/api/v1/…) neither: its answers are data, with a policy of their own and the
  // same host check, both set by its plumbing (lib/http/api-route.ts), where they cost less.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/).*)"],
};
