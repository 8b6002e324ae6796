// How many bytes the maps add to a page as served: fetches a page from a running build and
// weighs it with and without its map section — in the HTML and in the React payload that
// Next.js sends alongside it (which repeats a server component's markup) — raw, gzip and
// brotli.
//
//   npx tsx bench/map-weight.ts http://127.0.0.1:3300 [/negotiations/…/issues/territory] [section heading id]
//
// Results: docs/maps.md, "Page weight".
import { brotliCompressSync, gzipSync } from "node:zlib";

const [base = "http://127.0.0.1:3000", path = "/negotiations/russia-ukraine/issues/territory", heading = "claim-maps-heading"] = process.argv.slice(2);

const FLIGHT = /<script[^>]*>self\.__next_f\.push\((\[1,".*?"\])\)<\/script>/gs;
// Rows of the React payload that belong to the maps: their ids, classes and patterns.
const MAP_ROW = /map-|claim-maps|difference-|area-map/;

function withoutMaps(html: string): string {
  const start = html.indexOf(`<section aria-labelledby="${heading}"`);
  if (start < 0) throw new Error(`No section labelled by #${heading} on ${path}`);
  // Its end: the </section> that closes it, past the sections inside it (the legend's).
  let depth = 0;
  let end = start;
  for (const tag of html.slice(start).matchAll(/<section\b|<\/section>/g)) {
    depth += tag[0] === "</section>" ? -1 : 1;
    if (depth === 0) {
      end = start + tag.index! + tag[0].length;
      break;
    }
  }
  const trimmed = html.slice(0, start) + html.slice(end);
  return trimmed.replace(FLIGHT, (_, json: string) => {
    const [, flight] = JSON.parse(json) as [number, string];
    const kept = flight.split("\n").filter((row) => !MAP_ROW.test(row)).join("\n");
    return `<script>self.__next_f.push(${JSON.stringify([1, kept])})</script>`;
  });
}

const sizes = (text: string) => {
  const bytes = Buffer.from(text);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function main() {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const html = await response.text();
  const whole = sizes(html);
  const bare = sizes(withoutMaps(html));
  console.log(`| ${path} | raw | gzip | brotli |\n| --- | ---: | ---: | ---: |`);
  console.log(`| the page | ${kb(whole.raw)} | ${kb(whole.gzip)} | ${kb(whole.brotli)} |`);
  console.log(`| without its maps | ${kb(bare.raw)} | ${kb(bare.gzip)} | ${kb(bare.brotli)} |`);
  console.log(`| added by the maps | ${kb(whole.raw - bare.raw)} | ${kb(whole.gzip - bare.gzip)} | ${kb(whole.brotli - bare.brotli)} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
