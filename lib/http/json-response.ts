// JSON answers for the API. Every read carries an entity tag so clients can revalidate
// with If-None-Match and get a 304 instead of the body; `Cache-Control: no-cache` makes
// caches ask again each time rather than serve a stale record.
import { etagFor, etagMatches, weakEtagFor } from "./etag";

type Options = { status?: number; headers?: Record<string, string>; etag?: string };

const READS = new Set(["GET", "HEAD"]);

export function jsonResponse(request: Request, body: unknown, { status = 200, headers = {}, etag }: Options = {}) {
  const text = JSON.stringify(body);
  const tag = etag ?? (READS.has(request.method) && status === 200 ? weakEtagFor(text) : undefined);
  const common: Record<string, string> = { "cache-control": "no-cache", ...(tag ? { etag: tag } : {}), ...headers };
  if (tag && READS.has(request.method) && etagMatches(request.headers.get("if-none-match"), tag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(text, { status, headers: { "content-type": "application/json; charset=utf-8", ...common } });
}

/** One record: its tag names its version (for If-Match) and the exact body (for caches). */
export function recordResponse(
  request: Request,
  record: { id: string; version: number },
  body: unknown,
  options: Omit<Options, "etag"> = {},
) {
  return jsonResponse(request, body, { ...options, etag: etagFor(record.id, record.version, JSON.stringify(body)) });
}
