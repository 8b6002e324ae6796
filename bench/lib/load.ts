// One load measurement with autocannon: a fixed number of connections for a fixed time,
// after a short warm-up that is not counted (first renders, JIT, filling caches).
import autocannon from "autocannon";

export type LoadResult = {
  name: string;
  url: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
};

export type LoadOptions = {
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
  /** Requests cycled through by every connection, instead of a plain GET of `url`. */
  requests?: autocannon.Request[];
};

export async function measureLoad(name: string, url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { connections = 20, seconds = 10, warmupSeconds = 2, headers, requests } = options;
  const common = { url, connections, headers, requests };
  if (warmupSeconds > 0) await autocannon({ ...common, duration: warmupSeconds });
  const result = await autocannon({ ...common, duration: seconds });
  const responses = result.requests.total || 1;
  return {
    name,
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: Math.round(result.throughput.total / responses),
  };
}
