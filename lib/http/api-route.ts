// The API's shared plumbing around a route handler: a request for a host Parley does not
// serve is refused, errors become problem+json, reads are open to any origin (CORS), writes
// are not, HEAD answers like GET without a body, unsupported methods get 405 with Allow, and
// every answer carries the API's security policy.
import { originOfRequest, UNKNOWN_HOST_MESSAGE } from "@/lib/request/public-origin";
import { HttpError } from "./http-error";
import { STRICT_TRANSPORT } from "./strict-transport";
import { problem, problemFromError } from "./problem";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

const READ_METHODS = new Set(["GET", "HEAD"]);
const ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof ALL_METHODS)[number];

function withReadCors(response: Response, method: string): Response {
  if (READ_METHODS.has(method)) {
    response.headers.set("access-control-allow-origin", "*");
    response.headers.set("access-control-expose-headers", "ETag, Link, Location");
  }
  return response;
}

/** A HEAD request's answer: the status and headers, without the body. */
export function withoutBodyForHead(response: Response, method: string): Response {
  if (method !== "HEAD" || response.body === null) return response;
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}

export function errorResponse(error: unknown, options: { staleVersionStatus?: number } = {}): Response {
  if (error instanceof HttpError) return problem(error.status, error.message, error.extra, error.headers);
  return problemFromError(error, options);
}

// The JSON API's answers are data, never a page: nothing in them may load or run, so they
// need no nonce. proxy.ts, which gives pages theirs, does not run for the API: handing
// Next.js a request with rewritten headers cost about 3 ms of every API request, and running
// it at all about 1 ms more. The host check it makes for pages is made here instead.
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Refuses a request for a host Parley does not serve, as proxy.ts does for pages; sets the API's policy on every answer. */
export function forThisSite<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const origin = originOfRequest(request);
    const response = origin ? await handler(request, context) : withoutBodyForHead(problem(400, UNKNOWN_HOST_MESSAGE), request.method);
    response.headers.set("content-security-policy", API_POLICY);
    if (origin?.protocol === "https") response.headers.set("strict-transport-security", STRICT_TRANSPORT);
    return response;
  };
}

/** Wraps a handler so nothing it throws escapes as a bare 500 page. */
export function apiHandler<C>(handler: Handler<C>, options: { staleVersionStatus?: number } = {}): Handler<C> {
  return async (request, context) => {
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      response = errorResponse(error, options);
    }
    return withoutBodyForHead(withReadCors(response, request.method), request.method);
  };
}

/**
 * Route exports for the methods a resource supports, plus 405 answers (with Allow) for the
 * rest and a CORS preflight that admits cross-origin reads only.
 */
export function methods<C>(handlers: Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", Handler<C>>>) {
  const allowed = [...Object.keys(handlers), ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"];
  const allow = allowed.join(", ");
  const notAllowed: Handler<C> = async (request) =>
    withoutBodyForHead(problem(405, `${request.method} is not supported here; use ${allow}`, {}, { allow }), request.method);
  const out: Record<string, Handler<C>> = {};
  for (const m of ALL_METHODS) out[m] = forThisSite(notAllowed);
  for (const [m, h] of Object.entries(handlers)) out[m] = forThisSite(apiHandler(h!));
  if (handlers.GET) out.HEAD = out.GET!;
  out.OPTIONS = forThisSite(async () =>
    new Response(null, {
      status: 204,
      headers: {
        allow,
        "access-control-allow-origin": "*",
        "access-control-allow-methods": "GET, HEAD, OPTIONS",
        "access-control-allow-headers": "If-None-Match, Accept",
        "access-control-max-age": "600",
      },
    }),
  );
  return out as Record<HttpMethod, Handler<C>>;
}
