// Joined gzip streams (lib/cache/gzip-pieces.ts) decompress to exactly the joined text, with
// any separator, any number of pieces, empty ones and large ones; the pieces are compressed once.
import { gunzipSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compressPieces, joinCompressed } from "@/lib/cache/gzip-pieces";

const joined = (pieces: Buffer[], separator: Buffer) => Buffer.concat(pieces.flatMap((piece, i) => (i === 0 ? [piece] : [separator, piece])));

describe("gzip from pieces compressed once", () => {
  const page = (n: number) => Buffer.from(`<p class="matrix-link">Ruritania on the North Province: demands, stated 2025</p>`.repeat(n));
  const cases: [string, Buffer[]][] = [
    ["one piece", [page(50)]],
    ["a page cut at each nonce", [page(40), Buffer.from(`"></script><script nonce="`), page(3000), Buffer.from(""), page(1)]],
    ["empty pieces only", [Buffer.alloc(0), Buffer.alloc(0)]],
    ["incompressible bytes", [randomBytes(100_000), randomBytes(70_000)]],
  ];

  it.each(cases)("decompresses to the joined text: %s", (_, pieces) => {
    const compressed = compressPieces(pieces);
    for (const separator of [Buffer.from("AAAA/bbb+=="), randomBytes(16), Buffer.alloc(0)]) {
      const body = Buffer.concat(joinCompressed(pieces, compressed, separator));
      expect(gunzipSync(body).equals(joined(pieces, separator))).toBe(true);
    }
  });

  it("is much smaller than the text", () => {
    const pieces = [page(1000), page(1000)];
    const body = Buffer.concat(joinCompressed(pieces, compressPieces(pieces), Buffer.from("nonce")));
    expect(body.length * 20).toBeLessThan(joined(pieces, Buffer.from("nonce")).length);
  });

  it("refuses a separator longer than one stored block", () => {
    expect(() => joinCompressed([page(1), page(1)], compressPieces([page(1), page(1)]), Buffer.alloc(70_000))).toThrow(RangeError);
  });
});
