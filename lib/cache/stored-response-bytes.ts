// A stored response as one run of bytes and back, so that an answer rendered by one instance
// can be handed to the others (peer-renderings.ts). Its compressed
// copies travel with it: compressing a page costs an instance milliseconds of its two cores'
// time, reading them costs nothing.
//
// Layout: a 4-byte length, that many bytes of JSON (status, headers, nonce, the length of
// each part), then the parts one after another: the body, each deflated piece, brotli, gzip.
import { cutAround, type StoredResponse } from "./stored-response";

type Meta = {
  status: number;
  headers: Array<[string, string]>;
  etag?: string;
  nonce?: string;
  /** Byte lengths: body, then each deflated piece (none if not compressed yet). */
  body: number;
  deflated?: number[];
  br?: number;
  gzip?: number;
};

export function responseToBytes(stored: StoredResponse): Buffer {
  const { deflated } = stored.nonced ?? {};
  const { br, gzip } = stored.compressed;
  const meta: Meta = {
    status: stored.status,
    headers: stored.headers,
    etag: stored.etag,
    nonce: stored.nonced?.nonce,
    body: stored.body.length,
    deflated: deflated?.map((piece) => piece.length),
    br: br?.length,
    gzip: gzip?.length,
  };
  const json = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, stored.body, ...(deflated ?? []), ...(br ? [br] : []), ...(gzip ? [gzip] : [])]);
}

/** The response `responseToBytes` wrote; throws on bytes it did not write. */
export function responseFromBytes(bytes: Buffer): StoredResponse {
  const jsonLength = bytes.readUInt32BE(0);
  const meta = JSON.parse(bytes.subarray(4, 4 + jsonLength).toString("utf8")) as Meta;
  let at = 4 + jsonLength;
  // Views of the bytes read, not copies: the entry keeps the one buffer alive.
  const take = (length: number) => {
    if (!Number.isInteger(length) || length < 0 || at + length > bytes.length) throw new RangeError("stored response bytes cut short");
    const part = bytes.subarray(at, at + length);
    at += length;
    return part;
  };
  const body = take(meta.body);
  const deflated = meta.deflated?.map(take);
  const br = meta.br === undefined ? undefined : take(meta.br);
  const gzip = meta.gzip === undefined ? undefined : take(meta.gzip);
  if (at !== bytes.length) throw new RangeError("stored response bytes run on");
  const pieces = meta.nonce ? cutAround(body, Buffer.from(meta.nonce)) : undefined;
  if (deflated && pieces?.length !== deflated.length) throw new RangeError("stored response pieces do not match");
  return {
    status: meta.status,
    headers: meta.headers,
    body,
    etag: meta.etag,
    nonced: meta.nonce && pieces ? { nonce: meta.nonce, pieces, deflated } : undefined,
    compressed: { br, gzip },
  };
}
