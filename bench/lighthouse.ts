// Lighthouse's performance and accessibility scores, its main metrics and the JavaScript each
// reading page ships, measured against a running production build (`next build && next start`).
//
//   CHROME_PATH=/usr/bin/chromium npx tsx bench/lighthouse.ts http://127.0.0.1:3300 \
//     [--runs 3] [--all | --page name] [--json out.json] [--reports dir]
//
// Results and what they mean: bench/LIGHTHOUSE.md.
// Lighthouse's default config is used as is: mobile emulation and simulated 4G throttling are
// what "performance score" means. Each page runs `runs` times and the run with the median
// performance score is reported, since one run on a busy 2-core machine can be an outlier.
// Chromium's own background traffic is switched off so nothing waits on the (absent) network.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result as LighthouseResult } from "lighthouse";
import { toMarkdownTable } from "./lib/lighthouse-table";
import { CHROMIUM } from "./spike/environment";
import type { PageMeasurement } from "./lib/page-measurement";

export type { PageMeasurement };

export type PageToMeasure = { name: string; path: string };


export const readingPages: PageToMeasure[] = [
  { name: "home", path: "/" },
  { name: "matrix", path: "/negotiations/russia-ukraine" },
  { name: "compare", path: "/negotiations/russia-ukraine/compare?parties=russia,ukraine" },
  // A seeded position with structured terms, a coding note, four sources and earlier statements.
  { name: "position", path: "/positions/ru-2025-memo-ceasefire" },
];

/** Other pages readers land on; measured with `--all`, not part of the targets. */
export const otherReadingPages: PageToMeasure[] = [
  { name: "issue", path: "/negotiations/russia-ukraine/issues/ceasefire" },
  // The territory issue carries a map per party (components/maps), server-rendered SVG.
  { name: "territory issue", path: "/negotiations/russia-ukraine/issues/territory" },
  { name: "party", path: "/parties/russia" },
  { name: "events", path: "/events" },
  { name: "commitments", path: "/commitments" },
  { name: "search", path: "/search?q=ceasefire" },
];

const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--no-first-run",
  "--disable-extensions",
];

export async function runLighthouse(
  baseUrl: string,
  paths: PageToMeasure[],
  { runs = 1, reportsDir }: { runs?: number; reportsDir?: string } = {},
): Promise<PageMeasurement[]> {
  const measurements: PageMeasurement[] = [];
  for (const page of paths) {
    const results: LighthouseResult[] = [];
    for (let run = 0; run < runs; run++) {
      const lhr = await auditWithRetry(new URL(page.path, baseUrl).href);
      // The full report, for finding which task or request cost the points.
      if (reportsDir) writeFileSync(join(reportsDir, `${page.name}-${run + 1}.json`), JSON.stringify(lhr));
      results.push(lhr);
    }
    measurements.push(summarise(page, results));
  }
  return measurements;
}

// Trace recording now and then fails (NO_NAVSTART) when one Chromium serves several runs,
// so each run gets a fresh browser, and a run that still fails is tried once more.
async function auditWithRetry(url: string): Promise<LighthouseResult> {
  try {
    return await auditInFreshChrome(url);
  } catch (error) {
    console.error(`retrying ${url}: ${(error as Error).message}`);
    return auditInFreshChrome(url);
  }
}

async function auditInFreshChrome(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? CHROMIUM, chromeFlags });
  try {
    return await auditOnce(url, chrome.port);
  } finally {
    chrome.kill();
  }
}

async function auditOnce(url: string, port: number): Promise<LighthouseResult> {
  const runnerResult = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    // The page runs alone on 127.0.0.1; a slow 2-core machine should not cut a load short.
    maxWaitForLoad: 60_000,
  });
  if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = runnerResult.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

function summarise(page: PageToMeasure, results: LighthouseResult[]): PageMeasurement {
  const byPerformance = [...results].sort((a, b) => score(a, "performance") - score(b, "performance"));
  const median = byPerformance[Math.floor(byPerformance.length / 2)]!;
  const scripts = scriptRequests(median);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return {
    name: page.name,
    path: page.path,
    performance: score(median, "performance"),
    accessibility: score(median, "accessibility"),
    firstLoadJsKb: kb(scripts.reduce((sum, s) => sum + s.transferSize, 0)),
    firstLoadJsUncompressedKb: kb(scripts.reduce((sum, s) => sum + s.resourceSize, 0)),
    scriptRequests: scripts.length,
    fcpMs: metric(median, "first-contentful-paint"),
    lcpMs: metric(median, "largest-contentful-paint"),
    tbtMs: metric(median, "total-blocking-time"),
    cls: Math.round(metric(median, "cumulative-layout-shift") * 1000) / 1000,
    speedIndexMs: metric(median, "speed-index"),
    failingAudits: failingAudits(median),
    erroredAudits: Object.values(median.audits)
      .filter((audit) => audit.scoreDisplayMode === "error")
      .map((audit) => audit.id),
    performanceRuns: results.map((r) => score(r, "performance")),
  };
}

function score(lhr: LighthouseResult, category: "performance" | "accessibility"): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

function metric(lhr: LighthouseResult, auditId: string): number {
  const value = lhr.audits[auditId]?.numericValue ?? Number.NaN;
  return auditId === "cumulative-layout-shift" ? value : Math.round(value);
}

type NetworkRequest = { url: string; resourceType?: string; transferSize?: number; resourceSize?: number };

function scriptRequests(lhr: LighthouseResult): Array<{ url: string; transferSize: number; resourceSize: number }> {
  const details = lhr.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined;
  return (details?.items ?? [])
    .filter((item) => item.resourceType === "Script")
    .map((item) => ({ url: item.url, transferSize: item.transferSize ?? 0, resourceSize: item.resourceSize ?? 0 }));
}

function failingAudits(lhr: LighthouseResult): string[] {
  const ids = new Set<string>();
  for (const category of ["performance", "accessibility"] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      // Weightless audits are diagnostics; only those that cost points are worth listing.
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) ids.add(`${ref.id} (${audit.displayValue ?? audit.score})`);
    }
  }
  return [...ids];
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(args: string[]) {
  const baseUrl = args.find((a) => /^https?:\/\//.test(a));
  if (!baseUrl) {
    console.error("usage: npx tsx bench/lighthouse.ts <base URL of a production build> [--runs 3] [--all | --page name] [--json file] [--reports dir]");
    process.exit(2);
  }
  const runs = Number(option(args, "--runs") ?? 3);
  const only = option(args, "--page");
  const known = [...readingPages, ...otherReadingPages];
  const pages = only ? known.filter((p) => p.name === only) : args.includes("--all") ? known : readingPages;
  if (only && !pages.length) {
    console.error(`No page called “${only}”; choose one of: ${known.map((p) => p.name).join(", ")}`);
    process.exit(2);
  }
  const reportsDir = option(args, "--reports");
  if (reportsDir) mkdirSync(reportsDir, { recursive: true });
  const loadBefore = loadavg()[0]!;
  const measurements = await runLighthouse(baseUrl, pages, { runs, reportsDir });
  console.log(toMarkdownTable(measurements));
  // Simulated throttling scales the CPU time it observes: other work on the machine shows up
  // as blocking time, so say how busy the machine was.
  console.log(`\nMedian of ${runs} run(s) per page; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${cpus().length} cores.`);
  const jsonPath = option(args, "--json");
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify(measurements, null, 2) + "\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
