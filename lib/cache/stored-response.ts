// A response kept in memory: status, headers and body as Next.js produced them, plus the
// compressed forms, made once on first demand rather than once per request.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export type StoredResponse = {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
  etag?: string;
  compressed: { br?: Buffer; gzip?: Buffer };
};

// Set per connection or per transfer by whoever sends the bytes, never stored.
const TRANSFER_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date"]);

export function storeResponse(status: number, headers: IncomingHttpHeaders, body: Buffer): StoredResponse {
  const kept: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || TRANSFER_HEADERS.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) kept.push([name, one]);
  }
  const etag = typeof headers.etag === "string" ? headers.etag : undefined;
  return { status, headers: kept, body, etag, compressed: {} };
}

type Encoding = "br" | "gzip" | "identity";

const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|atom\+xml|xml|javascript))/;

export function sendStored(request: IncomingMessage, response: ServerResponse, stored: StoredResponse, cacheStatus: "hit" | "miss") {
  for (const [name, value] of stored.headers) response.appendHeader(name, value);
  response.setHeader("x-parley-cache", cacheStatus);

  if (stored.etag && matchesEtag(request.headers["if-none-match"], stored.etag)) {
    response.statusCode = 304;
    response.end();
    return;
  }

  const encoding = compressible(stored) ? chooseEncoding(request.headers["accept-encoding"]) : "identity";
  const body = encoding === "identity" ? stored.body : compressedBody(stored, encoding);
  if (encoding !== "identity") response.setHeader("content-encoding", encoding);
  if (compressible(stored) && !response.getHeader("vary")?.toString().toLowerCase().includes("accept-encoding")) {
    response.appendHeader("vary", "Accept-Encoding");
  }
  response.statusCode = stored.status;
  response.setHeader("content-length", body.length);
  response.end(request.method === "HEAD" ? undefined : body);
}

function compressible(stored: StoredResponse): boolean {
  const type = stored.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  return stored.body.length >= 1024 && COMPRESSIBLE.test(type);
}

function compressedBody(stored: StoredResponse, encoding: "br" | "gzip"): Buffer {
  // Quality 5 brotli: close to the best ratio for HTML at a fraction of the time of 11.
  stored.compressed[encoding] ??=
    encoding === "br"
      ? brotliCompressSync(stored.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(stored.body, { level: 6 });
  return stored.compressed[encoding];
}

/** br if the client takes it, else gzip, else the bytes as they are; "q=0" refuses. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const refused = params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
    if (name && !refused) accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => weak(tag) === weak(etag));
}
