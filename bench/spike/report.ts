// The news-spike section of bench/RESULTS.md.
import type { PhaseResult } from "./phase";

export const SPIKE_TARGETS = { p99Ms: 250, lagMs: 1_000 };

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const mark = (ok: boolean) => (ok ? "✅" : "❌");

export function spikeSection({
  startedAt,
  machine,
  setup,
  phases,
  note,
}: {
  startedAt: Date;
  machine: string[];
  setup: string[];
  phases: PhaseResult[];
  note: string;
}): string {
  const rows = phases.map(({ name, readers, saves, lost, killed }) => {
    const lags = saves.map((save) => save.lagMs).filter((lag): lag is number => lag !== null);
    const acknowledged = saves.filter((save) => save.acknowledged).length;
    const within = saves.filter((save) => save.lagMs !== null && save.lagMs <= SPIKE_TARGETS.lagMs).length;
    const failed = readers.errors + readers.non2xx;
    const retried = saves.filter((save) => save.attempts > 1).length;
    const savesCells =
      saves.length === 0
        ? "none | — | — | —"
        : `${acknowledged} of ${saves.length}${retried ? ` (${retried} saved again)` : ""} | ${quantile(lags, 0.5)} / ${Math.max(...lags, 0)} | ${within} of ${saves.length} ${mark(within === saves.length)} | ${lost.length} ${mark(lost.length === 0)}`;
    return {
      name,
      line: `| ${name} | ${readers.requestsPerSecond} | ${readers.p50} | ${readers.p95} | ${readers.p99} ${mark(readers.p99 < SPIKE_TARGETS.p99Ms)} | ${readers.errors} / ${readers.non2xx} ${mark(killed ? true : failed === 0)} | ${savesCells} |`,
      requests: readers.requests,
      killed,
    };
  });
  return [
    "## News spike: three instances behind nginx on PostgreSQL",
    "",
    `\`npm run bench:spike\`, ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC. ${setup.join(" ")}`,
    "",
    ...machine.map((line) => `- ${line}`),
    "",
    "| run | req/s | p50 ms | p95 ms | p99 ms (< 250) | errors / non-2xx | saves acknowledged | visible after, p50 / max ms | visible within 1 s | saves lost |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((row) => row.line),
    "",
    ...rows.map(
      (row) =>
        `- ${row.name}: ${row.requests} answers${row.killed ? `; the instance on port ${row.killed.port} was killed with SIGKILL at ${row.killed.atSecond} s` : ""}.`,
    ),
    "",
    note.trim(),
  ].join("\n");
}
