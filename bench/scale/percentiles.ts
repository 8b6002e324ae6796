// Nearest-rank percentiles of latency samples, in milliseconds.
export type Summary = { samples: number; p50: number; p95: number; max: number };

export function summarise(millis: number[]): Summary {
  const sorted = [...millis].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { samples: sorted.length, p50: round(at(50)), p95: round(at(95)), max: round(sorted.at(-1) ?? NaN) };
}
