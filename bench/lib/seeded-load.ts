// Load on the seeded data: every reading target, a mixed read/write load, the matrix page
// rendered without the cache and compressed for browsers, and the two baselines.
import type { Running } from "./processes";
import { measureLoad, type LoadResult } from "./load";
import { NEGOTIATION, READ_TARGETS } from "./targets";

export type SeededLoad = { baseline: LoadResult; bare: LoadResult; reads: LoadResult[]; extra: LoadResult[] };

export async function measureSeededLoad(
  servers: { parley: Running; uncached: Running; prerendered: Running; bare: Running },
  { token, seconds }: { token: string; seconds: number },
): Promise<SeededLoad> {
  const log = (result: LoadResult) => {
    console.log(`  ${result.name}: ${result.requestsPerSecond} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}`);
    return result;
  };
  const at = (server: Running, path: string) => new URL(path, server.url).toString();

  const baseline = log(await measureLoad("Prerendered Next.js page (baseline)", servers.prerendered.url, { seconds }));
  const bare = log(await measureLoad("Bare node:http, same bytes", servers.bare.url, { seconds }));
  const reads: LoadResult[] = [];
  for (const target of READ_TARGETS) reads.push(log(await measureLoad(target.name, at(servers.parley, target.path), { seconds })));

  const matrix = `/negotiations/${NEGOTIATION}`;
  const extra = [
    log(await measureLoad("Matrix page, brotli (as browsers ask)", at(servers.parley, matrix), { seconds, headers: { "accept-encoding": "br, gzip" } })),
    log(await measureLoad("Matrix page, rendered per request (cache off)", at(servers.uncached, matrix), { seconds })),
    log(
      await measureLoad("Mixed: 9 matrix reads to 1 new source", at(servers.parley, matrix), {
        seconds,
        requests: [
          ...Array.from({ length: 9 }, () => ({ method: "GET" as const, path: matrix })),
          {
            method: "POST" as const,
            path: "/api/v1/sources",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            // No address: every request sends these bytes, and an address is recorded once.
            body: JSON.stringify({ outlet: "Benchmark", title: "A source added under load" }),
          },
        ],
      }),
    ),
  ];
  return { baseline, bare, reads, extra };
}
