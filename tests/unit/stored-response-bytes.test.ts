// A stored response written as bytes for another instance (stored-response-bytes.ts) comes back
// whole: status, headers, body, its nonce's pieces and the copies compressed ahead, so the
// instance taking it answers exactly as the one that rendered it would.
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { joinCompressed } from "@/lib/cache/gzip-pieces";
import { compressAhead, storeResponse } from "@/lib/cache/stored-response";
import { responseFromBytes, responseToBytes } from "@/lib/cache/stored-response-bytes";

const NONCE = "cGFybGV5+/==";
const html = `<script nonce="${NONCE}">a</script>${"<p>Ruritania asks for the Northern Province.</p>".repeat(300)}<style nonce="${NONCE}"></style>`;
const pageHeaders = { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'nonce-${NONCE}'`, etag: '"p1"' };

describe("a stored response as bytes", () => {
  it("keeps a page's pieces and their compressed copies", async () => {
    const page = storeResponse(200, pageHeaders, Buffer.from(html));
    await compressAhead(page);
    const back = responseFromBytes(responseToBytes(page));

    expect(back.status).toBe(200);
    expect(back.headers).toEqual(page.headers);
    expect(back.etag).toBe('"p1"');
    expect(back.body.equals(page.body)).toBe(true);
    expect(back.nonced?.nonce).toBe(NONCE);
    expect(back.nonced?.pieces.map(String)).toEqual(page.nonced?.pieces.map(String));
    // The copies compressed ahead still join into the page around a fresh nonce.
    const fresh = Buffer.from("ZnJlc2g=");
    const gzipped = Buffer.concat(joinCompressed(back.nonced!.pieces, back.nonced!.deflated!, fresh));
    expect(gunzipSync(gzipped).toString()).toBe(html.split(NONCE).join(fresh.toString()));
  });

  it("keeps an answer without a nonce and its brotli copy", async () => {
    const json = storeResponse(200, { "content-type": "application/json" }, Buffer.from(JSON.stringify({ items: Array(200).fill("Ruritania") })));
    await compressAhead(json);
    const back = responseFromBytes(responseToBytes(json));
    expect(back.nonced).toBeUndefined();
    expect(back.compressed.br?.equals(json.compressed.br!)).toBe(true);
    expect(back.body.equals(json.body)).toBe(true);
  });

  it("refuses bytes cut short or run on", async () => {
    const bytes = responseToBytes(storeResponse(404, { "content-type": "text/plain" }, Buffer.from("Not found")));
    expect(() => responseFromBytes(bytes.subarray(0, bytes.length - 1))).toThrow(RangeError);
    expect(() => responseFromBytes(Buffer.concat([bytes, Buffer.from("x")]))).toThrow(RangeError);
  });
});
