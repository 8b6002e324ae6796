// A response kept in memory: status, headers and body as Next.js produced them.
//
// Pages carry a Content-Security-Policy nonce (proxy.ts), which must differ in every
// response, cached or not. The body is kept cut at each occurrence of the nonce it was
// rendered with, and every answer joins the pieces around a fresh one. Such answers are
// gzip joined from pieces compressed once (gzip-pieces.ts), or brotli per response for a
// client that takes no gzip; answers without a nonce (API JSON) are compressed once. Both
// are compressed before an answer is kept (compressAhead), else on first demand.
import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzipSync } from "node:zlib";
import { compressPieces, compressPiecesOffLoop, joinCompressed } from "./gzip-pieces";

const brotliOffLoop = promisify(brotliCompress);

export type StoredResponse = {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
  etag?: string;
  /** The nonce the body was rendered with, and the body cut around each use of it. */
  nonced?: { nonce: string; pieces: Buffer[]; /** The pieces compressed, before the answer is kept or on first demand. */ deflated?: Buffer[] };
  compressed: { br?: Buffer; gzip?: Buffer };
};

// Set per connection or per transfer by whoever sends the bytes, never stored.
const TRANSFER_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date"]);

/** Renders the answer; `store: false` for one that must not be shared later (still given to those waiting for it). */
export type Fill = () => Promise<{ response: StoredResponse; store: boolean }>;

export function storeResponse(status: number, headers: IncomingHttpHeaders, body: Buffer): StoredResponse {
  const kept: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || TRANSFER_HEADERS.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) kept.push([name, one]);
  }
  const etag = typeof headers.etag === "string" ? headers.etag : undefined;
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  const nonced = nonce ? { nonce, pieces: cutAround(body, Buffer.from(nonce)) } : undefined;
  return { status, headers: kept, body, etag, nonced, compressed: {} };
}

/** `body` cut at each occurrence of `separator`, which the pieces leave out. */
export function cutAround(body: Buffer, separator: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, start)) {
    pieces.push(body.subarray(start, at));
    start = at + separator.length;
  }
  pieces.push(body.subarray(start));
  return pieces;
}

/**
 * Compresses an answer about to be kept as its readers will most likely take it (a page's
 * pieces for gzip, anything else as brotli), on libuv's threads. Done on the first answer
 * instead, it would hold up the event loop for every other reader of the process, several
 * milliseconds per page, just when a change has many pages rendered again at once.
 */
export async function compressAhead(stored: StoredResponse): Promise<void> {
  if (!compressible(stored)) return;
  if (stored.nonced) stored.nonced.deflated ??= await compressPiecesOffLoop(stored.nonced.pieces);
  else stored.compressed.br ??= await brotliOffLoop(stored.body, BROTLI_ONCE);
}

type Encoding = "br" | "gzip" | "identity";

const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|atom\+xml|xml|javascript))/;

/**
 * The headers and body with a nonce of this response's own. The body comes as the stored
 * pieces with the new nonce between them, written out as they are rather than copied into
 * one buffer: a 300 kB page answered thousands of times a second would otherwise allocate
 * (and collect) 300 kB per answer.
 */
export function withFreshNonce(stored: StoredResponse): { headers: Array<[string, string]>; chunks: Buffer[]; length: number; nonce?: Buffer } {
  if (!stored.nonced) return { headers: stored.headers, chunks: [stored.body], length: stored.body.length };
  const { nonce, pieces } = stored.nonced;
  const fresh = randomBytes(16).toString("base64");
  const freshBytes = Buffer.from(fresh);
  const chunks: Buffer[] = [];
  pieces.forEach((piece, i) => (i === 0 ? chunks.push(piece) : chunks.push(freshBytes, piece)));
  // The policy, and Link headers that preload styles and scripts with the nonce.
  const headers = stored.headers.map(([name, value]): [string, string] => [name, value.split(nonce).join(fresh)]);
  return { headers, chunks, length: stored.body.length + (pieces.length - 1) * (freshBytes.length - Buffer.byteLength(nonce)), nonce: freshBytes };
}

export function sendStored(request: IncomingMessage, response: ServerResponse, stored: StoredResponse, cacheStatus: "hit" | "stale" | "miss") {
  const { headers, chunks, length, nonce } = withFreshNonce(stored);
  for (const [name, value] of headers) response.appendHeader(name, value);
  response.setHeader("x-parley-cache", cacheStatus);

  if (stored.etag && matchesEtag(request.headers["if-none-match"], stored.etag)) {
    response.statusCode = 304;
    response.end();
    return;
  }

  response.statusCode = stored.status;
  if (compressible(stored)) {
    if (!response.getHeader("vary")?.toString().toLowerCase().includes("accept-encoding")) response.appendHeader("vary", "Accept-Encoding");
    const accepted = acceptedEncodings(request.headers["accept-encoding"]);
    // A page with a nonce: gzip from its pieces compressed once, which costs a checksum per
    // answer where compressing the page would cost a millisecond (brotli's extra tenth in size
    // is not worth that on every answer).
    if (stored.nonced && nonce && accepted.has("gzip")) {
      stored.nonced.deflated ??= compressPieces(stored.nonced.pieces);
      const gzipped = joinCompressed(stored.nonced.pieces, stored.nonced.deflated, nonce);
      response.setHeader("content-encoding", "gzip");
      response.setHeader("content-length", gzipped.reduce((total, part) => total + part.length, 0));
      return writeAll(request, response, gzipped);
    }
    const encoding = chooseEncoding(request.headers["accept-encoding"]);
    if (encoding !== "identity") {
      const body = stored.nonced ? compress(Buffer.concat(chunks, length), encoding, "fast") : compressedOnce(stored, encoding);
      response.setHeader("content-encoding", encoding);
      response.setHeader("content-length", body.length);
      response.end(request.method === "HEAD" ? undefined : body);
      return;
    }
  }
  response.setHeader("content-length", length);
  writeAll(request, response, chunks);
}

function writeAll(request: IncomingMessage, response: ServerResponse, chunks: Buffer[]) {
  if (request.method === "HEAD") return void response.end();
  // One writev for all the pieces.
  response.cork();
  for (const chunk of chunks) response.write(chunk);
  response.uncork();
  response.end();
}

function compressible(stored: StoredResponse): boolean {
  const type = stored.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  return stored.body.length >= 1024 && COMPRESSIBLE.test(type);
}

function compressedOnce(stored: StoredResponse, encoding: "br" | "gzip"): Buffer {
  stored.compressed[encoding] ??= compress(stored.body, encoding, "small");
  return stored.compressed[encoding];
}

// "fast" for every response: brotli quality 1 compresses a 300 kB page in about a
// millisecond, smaller than gzip at any level; "small" when done once per entry.
const BROTLI_FAST = { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } };
const BROTLI_ONCE = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

function compress(body: Buffer, encoding: "br" | "gzip", effort: "fast" | "small"): Buffer {
  if (encoding === "gzip") return gzipSync(body, { level: effort === "fast" ? 1 : 6 });
  return brotliCompressSync(body, effort === "fast" ? BROTLI_FAST : BROTLI_ONCE);
}

/** The encodings a client takes ("*" standing for any); "q=0" refuses one. */
function acceptedEncodings(acceptEncoding: string | undefined): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    (params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p)) ? refused : accepted).add(name.trim());
  }
  if (accepted.has("*") && !refused.has("gzip")) accepted.add("gzip");
  return accepted;
}

/** br if the client takes it, else gzip, else the bytes as they are; "q=0" refuses. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = acceptedEncodings(acceptEncoding);
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return "identity";
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => weak(tag) === weak(etag));
}
