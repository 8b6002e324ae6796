// Where the next page is: in the body (relative, so a body reads the same on every host)
// and in a Link header (absolute, as RFC 8288 clients expect). Absolute addresses are
// written for the request's public origin (lib/request/public-origin.ts), never for
// whatever host the request named.
import { HttpError } from "@/lib/http/http-error";
import { originOfRequest, UNKNOWN_HOST_MESSAGE } from "@/lib/request/public-origin";

/** `path` (starting with "/") on the public origin; 400 for a host Parley does not serve. */
export function absoluteUrl(request: Request, path: string): string {
  const origin = originOfRequest(request);
  if (!origin) throw new HttpError(400, UNKNOWN_HOST_MESSAGE);
  return `${origin.origin}${path}`;
}

export function listLinks(request: Request, nextCursor: string | null) {
  const url = new URL(request.url);
  const self = `${url.pathname}${url.search}`;
  let next: string | null = null;
  if (nextCursor) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("cursor", nextCursor);
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  const headers: Record<string, string> = next ? { link: `<${absoluteUrl(request, next)}>; rel="next"` } : {};
  return { body: { self, next }, headers };
}

export const apiPath = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join("/")}`;
