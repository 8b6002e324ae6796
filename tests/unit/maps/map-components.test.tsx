import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClaimMaps, type MapPanel } from "@/components/maps/claim-maps";
import { DifferenceMap } from "@/components/maps/difference-map";
import { lineDashes, mapFillStyles, styleKeys } from "@/components/maps/map-styles";
import { OutlinePreview } from "@/components/maps/outline-preview";
import { layoutMap } from "@/lib/maps/layout-map";
import { box, line, provinces } from "./shapes";

const areas = [...provinces, { slug: "front", label: "Line of control", geometry: line([20.5, 48.6], [21.5, 49.5], [22.8, 50.8]) }, { slug: "nowhere", label: "Nowhere Pass" }];
const layout = layoutMap(areas, { context: [{ code: "RU", name: "Ruritania", geometry: box(15, 45, 12, 8) }] });
const keys = styleKeys([
  { key: "held-ru", words: "Held by Ruritania, de jure", meaning: "annexed and recognised" },
  { key: "frozen", words: "Frozen at the line" },
  { key: "demilitarised", words: "Demilitarised" },
]);
const panels: MapPanel[] = [
  {
    id: "ruritania",
    title: "Ruritania",
    fills: {
      "north-province": { key: "held-ru", words: "Held by Ruritania, de jure", detail: "Stated 12 March 2025", href: "/positions/ru-1" },
      "south-province": { key: "frozen", words: "Frozen at the line", href: "/positions/ru-2" },
      nowhere: { key: "demilitarised", words: "Demilitarised", href: "/positions/ru-3" },
    },
  },
  { id: "freedonia", title: "Freedonia", fills: { "east-march": { key: "demilitarised", words: "Demilitarised", href: "/positions/fr-1" } } },
];
const html = renderToStaticMarkup(<ClaimMaps id="claims" heading="Territorial claims" layout={layout} keys={keys} panels={panels} />);

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;
const figures = html.match(/<figure[\s\S]*?<\/figure>/g) ?? [];

describe("ClaimMaps", () => {
  it("sends each shape once, in hidden defs, with one fill per key and one for no claim", () => {
    const defs = html.match(/<svg aria-hidden="true" focusable="false" width="0" height="0" class="map-defs">[\s\S]*?<\/svg>/)![0];
    expect(count(defs, /<pattern /g)).toBe(keys.length + 1);
    expect(count(defs, /<path id="claims-a\d+"/g)).toBe(3);
    expect(count(defs, /<path id="claims-l\d+"/g)).toBe(1);
    expect(count(html, /<path id=/g)).toBe(4);
  });

  it("draws one captioned map per panel, its picture labelled by the caption", () => {
    expect(figures).toHaveLength(2);
    for (const [i, p] of panels.entries()) {
      expect(figures[i]).toContain(`<figcaption id="claims-${p.id}-caption" class="font-semibold">${p.title}</figcaption>`);
      expect(figures[i]).toMatch(new RegExp(`<svg viewBox="0 0 360 \\d+" role="group" aria-labelledby="claims-${p.id}-caption"`));
    }
  });

  it("makes each area a link to its position, named by area and claim, with a tooltip", () => {
    const ruritania = figures[0]!;
    expect(ruritania).toContain('<a href="/positions/ru-1" aria-label="North Province: Held by Ruritania, de jure. Stated 12 March 2025" class="map-hit">');
    expect(ruritania).toContain('<a href="/positions/ru-2" aria-label="South Province: Frozen at the line" class="map-hit">');
    expect(count(ruritania, /<g class="map-tip" aria-hidden="true"><rect /g)).toBe(4);
    expect(ruritania).toMatch(/<text [^>]*font-weight="600">North Province<\/text>/);
  });

  it("keeps areas without a claim focusable and named, as images rather than links", () => {
    expect(figures[0]).toContain('<g tabindex="0" role="img" aria-label="East March: No claim recorded" class="map-hit">');
    expect(figures[0]).toContain('<g tabindex="0" role="img" aria-label="Line of control: No claim recorded" class="map-hit">');
  });

  it("shades areas with their key's fill, and areas without a claim with the plain one", () => {
    const north = layout.areas.findIndex((a) => a.slug === "north-province");
    const east = layout.areas.findIndex((a) => a.slug === "east-march");
    expect(figures[0]).toContain(`<use href="#claims-a${north}" fill="url(#claims-k0)" class="map-area">`);
    expect(figures[0]).toContain(`<use href="#claims-a${east}" fill="url(#claims-k${keys.length})" class="map-area">`);
  });

  it("hides the decoration (context, fills, labels) from assistive technology", () => {
    expect(figures[0]).toMatch(/<svg [^>]*><g aria-hidden="true"><use href="#claims-ctx" class="map-context">/);
  });

  it("gives every id once on the page", () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of [...html.matchAll(/(?:href="#|url\(#|aria-labelledby=")([^")]+)/g)].map((m) => m[1])) expect(ids).toContain(ref);
  });

  it("has a legend with a swatch and the words of every key, and of no claim", () => {
    const legend = html.match(/<section aria-labelledby="claims-legend"[\s\S]*?<\/section>/)![0];
    expect(count(legend, /<li /g)).toBe(keys.length + 1);
    expect(legend).toContain("Held by Ruritania, de jure<span class=\"text-muted\"> — annexed and recognised</span>");
    expect(legend).toContain("No claim recorded");
    expect(legend).toContain('fill="url(#claims-k0)"');
  });

  it("draws a line in its key's colour and dash rhythm, so two keys' lines differ in print too, and shows the lines in the legend", () => {
    const keyed = renderToStaticMarkup(
      <ClaimMaps id="l" heading="Claims" layout={layout} keys={keys} panels={[{ id: "p", title: "Freedonia", fills: { front: { key: "frozen", words: "Frozen at the line" } } }]} />,
    );
    const frozen = keys[1]!.style;
    expect(frozen).toEqual({ colour: "orange", pattern: "hatch" });
    expect(keyed).toContain('<use href="#l-l0" class="map-line" stroke="#ee8866" stroke-dasharray="8 3">');
    // A line no claim covers: plain white over the casing, unbroken.
    expect(figures[0]).toContain('<use href="#claims-l0" class="map-line" stroke="#ffffff">');
    const legend = keyed.match(/<section aria-labelledby="l-legend"[\s\S]*?<\/section>/)![0];
    expect(count(legend, /class="map-line" stroke=/g)).toBe(keys.length + 1);
    expect(legend).toContain('class="map-line" stroke="#ee8866" stroke-dasharray="8 3"');
    const withoutLines = renderToStaticMarkup(<ClaimMaps id="n" heading="Claims" layout={layoutMap(provinces)} keys={keys} panels={panels} />);
    expect(withoutLines).not.toContain("map-line");
  });

  it("gives every pattern its own dash rhythm", () => {
    const rhythms = mapFillStyles.map((s) => lineDashes[s.pattern] ?? "unbroken");
    expect(new Set(rhythms).size).toBe(mapFillStyles.length);
  });

  it("says the same as a table: every area (the unmapped too) by every panel, with the links", () => {
    const table = html.match(/<table[\s\S]*?<\/table>/)![0];
    expect(table).toContain("<caption");
    expect(count(table, /<th scope="col"/g)).toBe(3);
    expect(count(table, /<th scope="row"/g)).toBe(areas.length);
    expect(table).toContain('<a href="/positions/ru-3">Demilitarised</a>');
    expect(table).toContain("Stated 12 March 2025");
  });

  it("names the areas it cannot draw", () => {
    expect(html).toContain("Not on the map, for want of an outline: Nowhere Pass.");
  });

  it("needs no script", () => {
    expect(html).not.toMatch(/<script|on[a-z]+="/i);
  });
});

describe("the key of numbered areas", () => {
  it("lists the areas drawn as numbers under the map", () => {
    const islets = Array.from({ length: 24 }, (_, i) => ({ slug: `islet-${i}`, label: `Islet ${i + 1}`, geometry: box(20 + (i % 6) * 0.05, 50 + Math.floor(i / 6) * 0.05, 0.01) }));
    const crowded = layoutMap([...provinces, ...islets]);
    const markup = renderToStaticMarkup(<ClaimMaps id="c" heading="Claims" layout={crowded} keys={keys} panels={[panels[0]!]} />);
    const key = markup.match(/<ol class="map-key"[\s\S]*?<\/ol>/)![0];
    expect(count(key, /<li>/g)).toBe(crowded.keyed.length);
    expect(key).toContain(`${crowded.keyed[0]!.number}</span> ${crowded.keyed[0]!.label}`);
  });
});

describe("DifferenceMap", () => {
  const diff = renderToStaticMarkup(
    <DifferenceMap
      id="diff"
      title="Ruritania vs Freedonia"
      layout={layout}
      differences={{
        "north-province": { class: "opposed", reason: "Ruritania wants it held by Ruritania; Freedonia wants it held by Freedonia", href: "#row-territory" },
        "south-province": { class: "partly-aligned", reason: "a freeze against the holder's de facto holding" },
      }}
    />,
  );

  it("shades by comparison class with the class's words and reason, in tooltip and table", () => {
    expect(diff).toContain('aria-label="North Province: Opposed. Ruritania wants it held by Ruritania; Freedonia wants it held by Freedonia"');
    expect(diff).toContain('aria-label="South Province: Partly aligned. a freeze against the holder&#x27;s de facto holding"');
    const table = diff.match(/<table[\s\S]*?<\/table>/)![0];
    expect(table).toContain("Comparison");
    expect(table).toContain("Opposed</a>");
  });

  it("has a legend of the four classes and of areas not compared", () => {
    const legend = diff.match(/<section aria-labelledby="diff-legend"[\s\S]*?<\/section>/)![0];
    for (const word of ["Aligned", "Partly aligned", "Opposed", "Unknown", "Not compared"]) expect(legend).toContain(word);
  });

  it("names the unshaded look in the legend only when some area has it", () => {
    const everyArea = Object.fromEntries(layout.all.map((area) => [area.slug, { class: "unknown" as const, reason: "nothing comparable" }]));
    const shadedEverywhere = renderToStaticMarkup(<DifferenceMap id="all" title="Ruritania vs Freedonia" layout={layout} differences={everyArea} />);
    const legend = shadedEverywhere.match(/<section aria-labelledby="all-legend"[\s\S]*?<\/section>/)![0];
    expect(legend).toContain("Unknown");
    expect(legend).not.toContain("Not compared");
  });
});

describe("OutlinePreview", () => {
  it("draws one uploaded outline and says what it is", () => {
    const outline = box(34.3, 31.3, 0.05);
    const preview = renderToStaticMarkup(<OutlinePreview id="preview" layout={layoutMap([{ slug: "outline", label: "Buffer zone", geometry: outline }])} outline={outline} label="Buffer zone" />);
    expect(preview).toContain("Preview: Buffer zone");
    expect(preview).toContain("Polygon, one part, 4 points.");
    expect(preview).toContain(`fill="url(#preview-k0)"`);
    expect(mapFillStyles.length).toBeGreaterThan(0);
  });
});
