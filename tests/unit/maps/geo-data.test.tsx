// Reads Parley's geographic data files (data/geo), so it names real places: the areas the
// files were extracted for.
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { geoContains } from "d3-geo";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClaimMaps } from "@/components/maps/claim-maps";
import { DifferenceMap } from "@/components/maps/difference-map";
import { styleKeys } from "@/components/maps/map-styles";
import { contextAround, findAdmin1Outline, layoutAreasMap, layoutOutlinePreview } from "@/lib/maps/area-shapes";
import { admin1FileSchema, contextFileSchema } from "@/lib/maps/geo-files";
import { bboxOf, partsOf, signedRingArea, windForD3 } from "@/lib/maps/geometry";

const regions = {
  "UA-43": { name: "Crimea", inside: [34.1, 44.95] },
  "UA-40": { name: "Sevastopol", inside: [33.55, 44.58] },
  "UA-14": { name: "Donetsk", inside: [37.8, 48.0] },
  "UA-09": { name: "Luhansk", inside: [39.3, 48.57] },
  "UA-23": { name: "Zaporizhzhia", inside: [35.9, 47.3] },
  "UA-65": { name: "Kherson", inside: [33.2, 46.55] },
  "UA-63": { name: "Kharkiv", inside: [36.25, 49.99] },
  "UA-59": { name: "Sumy", inside: [34.8, 50.9] },
  "UA-12": { name: "Dnipropetrovsk", inside: [35.0, 48.45] },
  "UA-48": { name: "Mykolaiv", inside: [32.0, 46.97] },
} as const;

const admin1 = admin1FileSchema.parse(JSON.parse(readFileSync("data/geo/admin1.json", "utf8")));
const context = contextFileSchema.parse(JSON.parse(readFileSync("data/geo/context.json", "utf8")));
const ukraine = Object.entries(regions).map(([code, r]) => ({ slug: r.name.toLowerCase(), label: r.name, code }));

describe("data/geo", () => {
  it("stays small enough to load with every map", () => {
    for (const file of ["admin1.json", "context.json"]) expect(statSync(`data/geo/${file}`).size).toBeLessThan(64 * 1024);
  });

  it("holds the ten Russia–Ukraine regions by ISO 3166-2 code, each containing its capital", () => {
    for (const [code, r] of Object.entries(regions)) {
      const outline = findAdmin1Outline(code);
      expect(outline, code).not.toBeNull();
      expect(geoContains(windForD3(outline!), r.inside as unknown as [number, number]), `${r.name} contains ${r.inside}`).toBe(true);
    }
  });

  it("finds the same outline by Natural Earth's and HASC codes, in any case", () => {
    expect(findAdmin1Outline("UA-DT")).toEqual(findAdmin1Outline("UA-14"));
    expect(findAdmin1Outline("ua.kr")).toEqual(findAdmin1Outline("UA-43"));
    expect(findAdmin1Outline("UA-30")).toBeNull();
  });

  it("holds the Gaza Strip as PS-GZ (and Natural Earth's PS-GZZ), containing Gaza City", () => {
    const gaza = findAdmin1Outline("PS-GZ")!;
    expect(findAdmin1Outline("PS-GZZ")).toEqual(gaza);
    expect(geoContains(windForD3(gaza), [34.45, 31.5])).toBe(true);
  });

  it("winds every ring as RFC 7946 asks", () => {
    const shapes = [...Object.values(admin1.outlines).map((o) => o.geometry), ...Object.values(context.regions).flatMap((r) => r.countries.map((c) => c.geometry))];
    for (const shape of shapes) {
      const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
      for (const [exterior, ...holes] of polygons) {
        expect(signedRingArea(exterior!)).toBeGreaterThan(0);
        for (const hole of holes) expect(signedRingArea(hole)).toBeLessThan(0);
      }
    }
  });

  it("surrounds each group of areas with its neighbours, clipped to the group's box", () => {
    const around = (codes: string[]) => contextAround(codes.map((c) => findAdmin1Outline(c)!)).map((c) => c.code);
    expect(around(Object.keys(regions))).toEqual(expect.arrayContaining(["UA", "RU", "BY", "MD"]));
    expect(around(["PS-GZ"])).toEqual(expect.arrayContaining(["PS", "IL", "EG"]));
    for (const region of Object.values(context.regions)) {
      const box = bboxOf(region.countries.map((c) => c.geometry))!;
      expect(box[0]).toBeGreaterThanOrEqual(region.bbox[0] - 1e-6);
      expect(box[3]).toBeLessThanOrEqual(region.bbox[3] + 1e-6);
      for (const c of region.countries) expect(partsOf(c.geometry).length).toBeGreaterThan(0);
    }
  });
});

describe("the map of the ten regions", () => {
  const layout = layoutAreasMap(ukraine);

  it("is remembered for the same areas, and laid out anew when one changes", () => {
    expect(layoutAreasMap(ukraine)).toBe(layout);
    const renamed = layoutAreasMap(ukraine.map((a, i) => (i === 0 ? { ...a, label: "Autonomous Republic of Crimea" } : a)));
    expect(renamed).not.toBe(layout);
    expect(renamed.all[0]!.label).toBe("Autonomous Republic of Crimea");
  });

  it("draws and names every region", () => {
    expect(layout.missing).toEqual([]);
    expect(layout.areas).toHaveLength(10);
    for (const a of layout.areas) expect(["inside", "outside", "key"], a.label).toContain(a.placement.mode);
    expect(layout.areas.filter((a) => a.placement.mode === "inside").length).toBeGreaterThanOrEqual(8);
  });

  it("fits a page's budget: four parties' maps, legend and table within 15 kB compressed", () => {
    // The React payload repeats a server component's markup, so half of the ~30 kB budget.
    const keys = styleKeys(["held-a", "held-b", "frozen", "demilitarised", "withdrawal", "undecided"].map((key) => ({ key, words: `Claim ${key}` })));
    const panels = ["party-a", "party-b", "party-c", "party-d"].map((id, p) => ({
      id,
      title: `Party ${p + 1}`,
      fills: Object.fromEntries(
        ukraine.map((a, i) => {
          const key = keys[(i + p) % keys.length]!;
          return [a.slug, { key: key.key, words: key.words, detail: "Stated on 12 March 2025", href: `/positions/position-${p}-${i}` }];
        }),
      ),
    }));
    const html = renderToStaticMarkup(<ClaimMaps id="territory-claims" heading="Territorial claims" layout={layout} keys={keys} panels={panels} />);
    expect(gzipSync(html).length).toBeLessThan(15 * 1024);

    const differences = Object.fromEntries(ukraine.map((a, i) => [a.slug, { class: (["aligned", "opposed", "partly-aligned", "unknown"] as const)[i % 4]!, reason: "Party 1 wants it held by Party 1; Party 2 wants a freeze at the line", href: "#territory" }]));
    const diff = renderToStaticMarkup(<DifferenceMap id="difference" title="Party 1 vs Party 2" layout={layout} differences={differences} />);
    expect(gzipSync(diff).length).toBeLessThan(12 * 1024);
  });

  it("previews a drawn outline on the countries around it", () => {
    const corridor = { type: "Polygon" as const, coordinates: [[[34.22, 31.32], [34.27, 31.29], [34.28, 31.3], [34.23, 31.33], [34.22, 31.32]]] };
    const preview = layoutOutlinePreview(corridor, "Corridor");
    expect(preview.areas).toHaveLength(1);
    expect(preview.context.map((c) => c.code)).toEqual(expect.arrayContaining(["EG", "IL", "PS"]));
  });

  it("previews a drawn outline among the negotiation's other areas", () => {
    const line = { type: "LineString" as const, coordinates: [[34.3, 31.25], [34.45, 31.45]] };
    const preview = layoutOutlinePreview(line, "Withdrawal line", { others: [{ slug: "gaza", label: "Gaza Strip", code: "PS-GZ" }] });
    expect(preview.lines.map((l) => l.slug)).toEqual(["outline"]);
    expect(preview.areas.map((a) => a.slug)).toEqual(["gaza"]);
  });
});
