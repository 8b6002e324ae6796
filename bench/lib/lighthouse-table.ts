// The Lighthouse measurements as a markdown table, for the terminal and for committed results.
import type { PageMeasurement } from "./page-measurement";

export function toMarkdownTable(measurements: PageMeasurement[]): string {
  const header = [
    "| page | perf | a11y | JS kB (gzip / raw, requests) | FCP ms | LCP ms | TBT ms | CLS | SI ms | perf runs |",
    "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  const rows = measurements.map(
    (m) =>
      `| ${m.name} \`${m.path}\` | ${m.performance} | ${m.accessibility} | ${m.firstLoadJsKb} / ${m.firstLoadJsUncompressedKb} (${m.scriptRequests}) | ${m.fcpMs} | ${m.lcpMs} | ${m.tbtMs} | ${m.cls} | ${m.speedIndexMs} | ${m.performanceRuns.join(", ")} |`,
  );
  const failing = measurements
    .filter((m) => m.failingAudits.length > 0)
    .map((m) => `- ${m.name}: ${m.failingAudits.join("; ")}`);
  const errored = [...new Set(measurements.flatMap((m) => m.erroredAudits))];
  return [
    ...header,
    ...rows,
    ...(failing.length ? ["", "Audits costing points:", ...failing] : []),
    ...(errored.length ? ["", `Audits that could not run (no weight in the scores): ${errored.join(", ")}`] : []),
  ].join("\n");
}
