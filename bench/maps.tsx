// The map engine on its own: how long a layout of every outline in data/geo takes (the work
// lib/maps/area-shapes.ts remembers), and how many bytes the drawn maps add to a page.
//
//   npx tsx bench/maps.tsx [--runs 30]
//
// Sizes are of the server-rendered markup; Next.js sends a server component's markup a
// second time in its React payload, so a page carries about twice these.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { renderToStaticMarkup } from "react-dom/server";
import { ClaimMaps } from "@/components/maps/claim-maps";
import { DifferenceMap } from "@/components/maps/difference-map";
import { styleKeys } from "@/components/maps/map-styles";
import { admin1FileSchema, contextFileSchema } from "@/lib/maps/geo-files";
import { layoutMap, type MapAreaInput } from "@/lib/maps/layout-map";
import { summarise } from "./scale/percentiles";

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" } } });
const runs = Number(values.runs);
const admin1 = admin1FileSchema.parse(JSON.parse(readFileSync("data/geo/admin1.json", "utf8")));
const context = contextFileSchema.parse(JSON.parse(readFileSync("data/geo/context.json", "utf8")));

for (const [name, region] of Object.entries(context.regions)) {
  const areas: MapAreaInput[] = Object.entries(admin1.outlines)
    .filter(([, o]) => o.country === name)
    .map(([code, o]) => ({ slug: code.toLowerCase(), label: o.name, geometry: o.geometry }));
  if (!areas.length) continue;

  const times: number[] = [];
  let layout = layoutMap(areas, { context: region.countries });
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    layout = layoutMap(areas, { context: region.countries });
    times.push(performance.now() - start);
  }
  const timing = summarise(times);

  const keys = styleKeys(["a", "b", "c", "d", "e", "f"].map((key) => ({ key, words: `Claim ${key}` })));
  const panels = [1, 2, 3, 4].map((p) => ({
    id: `p${p}`,
    title: `Party ${p}`,
    fills: Object.fromEntries(areas.map((a, i) => [a.slug, { key: keys[(i + p) % keys.length]!.key, words: keys[(i + p) % keys.length]!.words, detail: "Stated on 12 March 2025", href: `/positions/p${p}-${i}` }])),
  }));
  const claims = renderToStaticMarkup(<ClaimMaps id="claims" heading="Claims" layout={layout} keys={keys} panels={panels} />);
  const differences = Object.fromEntries(areas.map((a, i) => [a.slug, { class: (["aligned", "opposed", "partly-aligned", "unknown"] as const)[i % 4]!, reason: "Party 1 wants it held by Party 1; Party 2 wants a freeze", href: "#t" }]));
  const difference = renderToStaticMarkup(<DifferenceMap id="difference" title="Party 1 vs Party 2" layout={layout} differences={differences} />);
  const size = (html: string) => `${kb(html.length)} raw, ${kb(gzipSync(html).length)} gzip, ${kb(brotliCompressSync(html).length)} brotli`;

  console.log(`${name}: ${areas.length} areas, ${region.countries.length} context countries`);
  console.log(`  layout: median ${timing.p50} ms, p95 ${timing.p95} ms, max ${timing.max} ms over ${runs} runs`);
  console.log(`  four parties' maps + legend + table: ${size(claims)}`);
  console.log(`  difference map + legend + table:     ${size(difference)}`);
}

function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
