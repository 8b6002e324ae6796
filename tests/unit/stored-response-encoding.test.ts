// Answers from memory over real HTTP (sendStored): a page with a CSP nonce comes gzipped from
// pieces compressed once, with a fresh nonce that the policy and every use in the body agree
// on; a client that takes only brotli gets brotli; one that takes neither gets the bytes.
// An answer about to be kept is compressed ahead, off the event loop, as the first answer
// would have compressed it.
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressPieces } from "@/lib/cache/gzip-pieces";
import { compressAhead, sendStored, storeResponse } from "@/lib/cache/stored-response";

const NONCE = "AAAA/bbb+==";
const csp = `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`;
const html = `<script nonce="${NONCE}">a</script>${"<p>Ruritania demands a ceasefire in the North Province.</p>".repeat(400)}<style nonce="${NONCE}"></style>`;
const page = storeResponse(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp }, Buffer.from(html));

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = http.createServer((request, response) => sendStored(request, response, page, "hit"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function fetchRaw(acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", headers: { "accept-encoding": acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

/** The body decoded, and the nonce its policy names, which the body must use throughout. */
function decoded({ headers, body }: { headers: IncomingHttpHeaders; body: Buffer }) {
  const encoding = headers["content-encoding"];
  const text = (encoding === "gzip" ? gunzipSync(body) : encoding === "br" ? brotliDecompressSync(body) : body).toString();
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"]))![1]!;
  return { encoding, text, nonce };
}

describe("a page answered from memory", () => {
  it("comes gzipped from pieces compressed once, each answer with its own nonce throughout", async () => {
    const answers = await Promise.all([fetchRaw("gzip, deflate, br"), fetchRaw("gzip, deflate, br")]);
    const [one, two] = answers.map(decoded);
    for (const [answer, { encoding, text, nonce }] of [[answers[0]!, one!], [answers[1]!, two!]] as const) {
      expect(encoding).toBe("gzip");
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      expect(answer.body.length * 10).toBeLessThan(html.length);
      expect(nonce).not.toBe(NONCE);
      expect(text).toBe(html.split(NONCE).join(nonce));
    }
    expect(one!.nonce).not.toBe(two!.nonce);
    expect(page.nonced!.deflated).toBeDefined();
  });

  it("comes as brotli to a client that takes no gzip, and as it is to one that takes neither", async () => {
    const br = decoded(await fetchRaw("br, gzip;q=0"));
    expect(br.encoding).toBe("br");
    expect(br.text).toBe(html.split(NONCE).join(br.nonce));
    const plain = decoded(await fetchRaw("identity"));
    expect(plain.encoding).toBeUndefined();
    expect(plain.text).toBe(html.split(NONCE).join(plain.nonce));
  });
});

describe("an answer compressed ahead of being kept", () => {
  it("has a page's pieces deflated as the first gzip answer would deflate them", async () => {
    const fresh = storeResponse(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp }, Buffer.from(html));
    await compressAhead(fresh);
    expect(fresh.nonced!.deflated).toEqual(compressPieces(fresh.nonced!.pieces));
    expect(fresh.compressed).toEqual({});
  });

  it("has an answer without a nonce in brotli, and leaves one too small to gain alone", async () => {
    const json = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ party: "Ruritania", issue: `issue-${i}` })) });
    const api = storeResponse(200, { "content-type": "application/json" }, Buffer.from(json));
    await compressAhead(api);
    expect(brotliDecompressSync(api.compressed.br!).toString()).toBe(json);
    expect(api.compressed.br!.length * 5).toBeLessThan(json.length);

    const small = storeResponse(200, { "content-type": "application/json" }, Buffer.from('{"ok":true}'));
    await compressAhead(small);
    expect(small.compressed).toEqual({});
  });
});
