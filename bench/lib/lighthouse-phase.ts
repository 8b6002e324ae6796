// Lighthouse on the reading pages the issue names, against the running (cached) server, and
// on the prerendered baseline page of the load measurements (bench/baseline): a static
// Next.js page of the matrix page's size with nothing of Parley's, so the score that
// Next.js's own runtime gets on this machine and browser stands beside Parley's.
import { runLighthouse, type PageMeasurement } from "../lighthouse";
import { ensureChromium } from "../spike/environment";
import { LIGHTHOUSE_PAGES } from "./targets";

export type LighthouseResults = { pages: PageMeasurement[]; baseline: PageMeasurement };

export async function measureLighthouse(baseUrl: string, baselineUrl: string): Promise<LighthouseResults> {
  ensureChromium();
  const pages = await runLighthouse(baseUrl, LIGHTHOUSE_PAGES, { runs: 3 });
  const [baseline] = await runLighthouse(baselineUrl, [{ name: "Baseline: prerendered Next.js page", path: "/" }], { runs: 3 });
  for (const m of [...pages, baseline!]) {
    console.log(`  ${m.name}: performance ${m.performance}, accessibility ${m.accessibility}, first-load JS ${m.firstLoadJsKb} kB`);
  }
  return { pages, baseline: baseline! };
}
