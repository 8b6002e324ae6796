// bench/RESULTS.md: every target of the performance issue beside the figure measured in
// this run, plus the hand-written analysis of any miss (bench/ANALYSIS.md).
import { existsSync, readFileSync } from "node:fs";
import type { PageMeasurement } from "../lighthouse";
import type { LighthouseResults } from "./lighthouse-phase";
import type { LoadResult } from "./load";
import type { EngineAtScale } from "./scale-phase";
import type { SeededLoad } from "./seeded-load";
import { LIGHTHOUSE_TARGETS, MAX_P99_MS, MIN_SHARE_OF_BASELINE } from "./targets";

type Inputs = {
  startedAt: Date;
  machine: string[];
  seconds: number;
  matrixBytes: number;
  baselineBytes: number;
  load: SeededLoad;
  lighthouse: LighthouseResults | null;
  scale: EngineAtScale[] | null;
};

const mark = (met: boolean) => (met ? "✅ met" : "❌ missed");
const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

export function writeResults({ startedAt, machine, seconds, matrixBytes, baselineBytes, load, lighthouse, scale }: Inputs): string {
  const share = (result: LoadResult) => result.requestsPerSecond / load.baseline.requestsPerSecond;
  const lines = [
    "# Parley benchmark results",
    "",
    `Measured ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run bench\` (bench/run.ts), all in one run, ` +
      "except the sections after its analysis, which other benchmarks write (exports at scale, the news spike): each says when, how and on what machine it was measured.",
    "",
    "**Machine:**",
    ...machine.map((line) => `- ${line}`),
    "",
    "## Reading pages under load (seeded data)",
    "",
    `wrk (one thread), 20 connections, ${seconds} s per target after a 2 s warm-up, no compression asked for unless stated. ` +
      `Targets: at least ${MIN_SHARE_OF_BASELINE * 100}% of the prerendered baseline's requests per second, and p99 under ${MAX_P99_MS} ms. ` +
      `The matrix page is ${kb(matrixBytes)}; the baseline page ${kb(baselineBytes)}.`,
    "",
    "| Target | req/s | vs prerendered | p50 | p99 | errors | non-2xx | bytes/response | target |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ...[load.baseline, load.bare].map((r) => loadRow(r, share(r), "baseline")),
    ...load.reads.map((r) => loadRow(r, share(r), mark(share(r) >= MIN_SHARE_OF_BASELINE && r.p99 < MAX_P99_MS && r.errors === 0 && r.non2xx === 0))),
    ...load.extra.map((r) => loadRow(r, share(r), "for reference")),
    "",
  ];

  if (lighthouse) {
    lines.push(
      "## Front-end weight (Lighthouse 12.2.3, Debian Chromium, mobile defaults)",
      "",
      `Targets: performance ≥ ${LIGHTHOUSE_TARGETS.performance}, accessibility ${LIGHTHOUSE_TARGETS.accessibility}. First-load JS is the JavaScript transferred to load the page (compressed, and as parsed). Median of 3 runs. ` +
        "The baseline is the load table's prerendered page: static, the matrix page's size, Next.js's runtime and nothing of Parley's.",
      "",
      "| Page | performance | accessibility | first-load JS | (uncompressed) | FCP | LCP | TBT | CLS | target |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
      lighthouseRow(lighthouse.baseline, "baseline"),
      ...lighthouse.pages.map((m) =>
        lighthouseRow(m, mark(m.performance >= LIGHTHOUSE_TARGETS.performance && m.accessibility >= LIGHTHOUSE_TARGETS.accessibility)),
      ),
      "",
    );
  }

  if (scale) {
    lines.push("## At scale (synthetic dataset, response cache off)", "");
    lines.push(
      "Every request rendered from the database: 100 sequential samples per target after warm-up. Targets (p95): matrix < 150 ms, list API < 50 ms, search < 100 ms; a single edit < 50 ms.",
      "",
    );
    for (const result of scale) {
      if ("skipped" in result) {
        lines.push(`### ${result.engine}`, "", `Skipped: ${result.skipped}.`, "");
        continue;
      }
      lines.push(
        `### ${result.engine}`,
        "",
        `Dataset generated in ${result.generateSeconds} s.`,
        "",
        "| Target | samples | p50 | p95 | max | target | |",
        "|---|---:|---:|---:|---:|---:|---|",
        ...Object.entries(result.measurement).map(
          ([name, m]) => `| ${name} \`${m.url}\` | ${m.samples} | ${m.p50} ms | ${m.p95} ms | ${m.max} ms | < ${m.target} ms | ${mark(m.p95 < m.target)} |`,
        ),
        "",
        "<details><summary>Query plans</summary>",
        "",
        tidyPlans(result.plans),
        "",
        "</details>",
        "",
      );
    }
  }

  const analysis = "bench/ANALYSIS.md";
  if (existsSync(analysis)) lines.push(readFileSync(analysis, "utf8").trim(), "");
  return lines.join("\n");
}

function lighthouseRow(m: PageMeasurement, verdict: string): string {
  return `| ${m.name} \`${m.path}\` | ${m.performance} | ${m.accessibility} | ${m.firstLoadJsKb} kB | ${m.firstLoadJsUncompressedKb} kB | ${m.fcpMs} ms | ${m.lcpMs} ms | ${m.tbtMs} ms | ${m.cls} | ${verdict} |`;
}

function loadRow(r: LoadResult, share: number, verdict: string): string {
  return `| ${r.name} | ${r.requestsPerSecond} | ${Math.round(share * 100)}% | ${r.p50} ms | ${r.p99} ms | ${r.errors} | ${r.non2xx} | ${r.bytesPerResponse} | ${verdict} |`;
}

// plans.ts prints a document of its own: nest its headings under the engine's, and shorten
// the statements' long parameter lists, which say nothing about the plan.
function tidyPlans(plans: string): string {
  return plans
    .trim()
    .split("\n")
    .map((line) => (line.startsWith("#") ? `###${line}` : line))
    .map((line) => (line.length > 400 ? `${line.slice(0, 400)} …` : line))
    .join("\n");
}
