import { describe, expect, it } from "vitest";
import { layoutMap, type MapLayout } from "@/lib/maps/layout-map";
import { LABEL_HEIGHT, overlaps, type Box } from "@/lib/maps/place-labels";
import { textWidth } from "@/lib/maps/text-metrics";
import { LABEL_FONT } from "@/lib/maps/place-labels";
import { box, clockwiseBox, line, provinces } from "./shapes";

const context = [
  { code: "RU", name: "Ruritania", geometry: box(14, 44, 14, 10) },
  { code: "FR", name: "Freedonia", geometry: box(23.5, 44, 6, 10) },
];

function labelBoxes(layout: MapLayout): Box[] {
  return [...layout.areas, ...layout.lines].flatMap((a) => {
    const p = a.placement;
    if (p.mode !== "inside" && p.mode !== "outside") return [];
    const w = textWidth(a.label, LABEL_FONT, true) / 2;
    return [{ x0: p.x - w, y0: p.y - LABEL_HEIGHT / 2, x1: p.x + w, y1: p.y + LABEL_HEIGHT / 2 }];
  });
}

describe("layoutMap", () => {
  it("fits the areas in a frame of the given width, with a height that follows their shape", () => {
    const layout = layoutMap(provinces, { width: 400 });
    expect(layout.width).toBe(400);
    expect(layout.height).toBeGreaterThanOrEqual(400 * 0.6);
    expect(layout.height).toBeLessThanOrEqual(400 * 1.25);
    expect(layout.areas.map((a) => a.slug).sort()).toEqual(provinces.map((p) => p.slug).sort());
    expect(layout.all.map((a) => a.slug)).toEqual(provinces.map((p) => p.slug));
    for (const a of layout.areas) {
      expect(a.path).toMatch(/^M[\d.]+ [\d.]+l/);
      expect(a.path.endsWith("z")).toBe(true);
      const [x, y] = a.anchor;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(400);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(layout.height);
    }
  });

  it("clamps a very flat or very tall set of areas to the frame's aspect limits", () => {
    expect(layoutMap([{ slug: "strip", label: "Strip", geometry: box(0, 50, 10, 0.2) }]).height).toBe(Math.round(360 * 0.6));
    expect(layoutMap([{ slug: "tall", label: "Tall", geometry: box(0, 40, 0.2, 10) }]).height).toBe(Math.round(360 * 1.25));
  });

  it("draws a shape the same whichever way its rings are wound (never as the whole globe)", () => {
    const ccw = layoutMap([{ slug: "a", label: "A", geometry: box(10, 10, 1) }]);
    const cw = layoutMap([{ slug: "a", label: "A", geometry: clockwiseBox(10, 10, 1) }]);
    expect(cw.areas[0]!.path).toBe(ccw.areas[0]!.path);
    // A fitted one-degree box fills the frame, not a sliver of it.
    expect(ccw.areas[0]!.placement.mode).toBe("inside");
  });

  it("reports areas with no shape, in the order given, and draws the rest", () => {
    const layout = layoutMap([{ slug: "nowhere", label: "Nowhere Pass" }, ...provinces, { slug: "unknown", label: "Unknown Reach", geometry: null }]);
    expect(layout.missing).toEqual([
      { slug: "nowhere", label: "Nowhere Pass" },
      { slug: "unknown", label: "Unknown Reach" },
    ]);
    expect(layout.areas).toHaveLength(3);
    expect(layout.all.map((a) => a.slug)).toEqual(["nowhere", ...provinces.map((p) => p.slug), "unknown"]);
  });

  it("gives an empty frame when nothing has a shape", () => {
    const layout = layoutMap([{ slug: "nowhere", label: "Nowhere Pass" }]);
    expect(layout.height).toBe(0);
    expect(layout.areas).toEqual([]);
    expect(layout.missing).toHaveLength(1);
  });

  it("paints the largest area first, so a corridor inside a province stays on top", () => {
    const corridor = { slug: "corridor", label: "Corridor", geometry: box(20.8, 50.2, 0.3, 0.1) };
    const layout = layoutMap([corridor, ...provinces]);
    expect(layout.areas.at(-1)!.slug).toBe("corridor");
  });

  it("draws lines as lines with a label beside them", () => {
    const layout = layoutMap([...provinces, { slug: "front", label: "Line of control", geometry: line([20.5, 48.6], [21.5, 49.5], [22.8, 50.8]) }]);
    expect(layout.lines).toHaveLength(1);
    expect(layout.lines[0]!.path).not.toContain("z");
    expect(["inside", "outside"]).toContain(layout.lines[0]!.placement.mode);
  });

  it("names a large area in place and a tiny one beside it with a leader line", () => {
    const layout = layoutMap([...provinces, { slug: "fort", label: "Fort Point", geometry: box(21.9, 49.4, 0.04) }]);
    expect(layout.areas.find((a) => a.slug === "north-province")!.placement.mode).toBe("inside");
    const fort = layout.areas.find((a) => a.slug === "fort")!.placement;
    expect(fort.mode).toBe("outside");
    if (fort.mode === "outside") expect(fort.leader).toHaveLength(4);
  });

  it("falls back to numbered markers and a key when tiny areas crowd together", () => {
    const islets = Array.from({ length: 24 }, (_, i) => ({
      slug: `islet-${i}`,
      label: `Islet number ${i + 1}`,
      geometry: box(20 + (i % 6) * 0.05, 50 + Math.floor(i / 6) * 0.05, 0.01),
    }));
    const layout = layoutMap([...provinces, ...islets]);
    expect(layout.keyed.length).toBeGreaterThan(0);
    expect(layout.keyed.map((k) => k.number)).toEqual(layout.keyed.map((_, i) => i + 1));
    for (const k of layout.keyed) expect(layout.areas.find((a) => a.slug === k.slug)!.placement).toMatchObject({ mode: "key", number: k.number });
  });

  it("never lets two labels overlap or leave the frame", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ slug: `d${i}`, label: `District ${i + 1}`, geometry: box(20 + (i % 4) * 0.4, 49 + Math.floor(i / 4) * 0.3, 0.35, 0.25) }));
    const layout = layoutMap([...provinces, ...many]);
    const boxes = labelBoxes(layout);
    for (const [i, a] of boxes.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(layout.width);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it("clips the surrounding countries to the frame and names them off the areas, when there is room", () => {
    // A flat strip leaves open ground above and below it.
    const strip = { slug: "strip", label: "Border Strip", geometry: box(20, 49.5, 5, 0.3) };
    const layout = layoutMap([strip], { context });
    expect(layout.context.map((c) => c.code)).toEqual(["RU", "FR"]);
    for (const c of layout.context) {
      for (const [, x, y] of c.path.matchAll(/^M([\d.]+) ([\d.]+)/g)) {
        expect(Number(x)).toBeLessThanOrEqual(layout.width);
        expect(Number(y)).toBeLessThanOrEqual(layout.height);
      }
    }
    const ruritania = layout.context.find((c) => c.code === "RU")!.placement;
    expect(ruritania.mode).toBe("inside");
    if (ruritania.mode === "inside") expect(Math.abs(ruritania.y - layout.height / 2)).toBeGreaterThan(20);
  });

  it("drops a country's name rather than crowd the areas when its ground is covered", () => {
    const layout = layoutMap(provinces, { context });
    expect(layout.context.every((c) => c.placement.mode === "hidden")).toBe(true);
  });

  it("leaves out context countries wholly outside the frame", () => {
    const layout = layoutMap(provinces, { context: [...context, { code: "FA", name: "Faraway", geometry: box(100, 10, 2) }] });
    expect(layout.context.map((c) => c.code)).not.toContain("FA");
  });
});
