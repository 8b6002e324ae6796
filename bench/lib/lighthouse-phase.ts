// Lighthouse on the reading pages the issue names, against the running (cached) server.
import { runLighthouse, type PageMeasurement } from "../lighthouse";
import { LIGHTHOUSE_PAGES } from "./targets";

export async function measureLighthouse(baseUrl: string): Promise<PageMeasurement[]> {
  const measurements = await runLighthouse(baseUrl, LIGHTHOUSE_PAGES, { runs: 3 });
  for (const m of measurements) {
    console.log(`  ${m.name}: performance ${m.performance}, accessibility ${m.accessibility}, first-load JS ${m.firstLoadJsKb} kB`);
  }
  return measurements;
}
