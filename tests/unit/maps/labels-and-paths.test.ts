import { describe, expect, it } from "vitest";
import { layoutTooltip } from "@/lib/maps/layout-tooltip";
import { LABEL_HEIGHT, placeLabels } from "@/lib/maps/place-labels";
import { pathData } from "@/lib/maps/project-shapes";
import { textWidth, wrapText } from "@/lib/maps/text-metrics";

const frame = { width: 360, height: 300 };

describe("placeLabels", () => {
  it("puts a label inside an area with room, beside a small one, and numbers what still does not fit", () => {
    const placements = placeLabels(
      [
        { id: "big", text: "North Province", anchor: [180, 150], room: 60 },
        { id: "small", text: "Fort Point", anchor: [40, 40], room: 2 },
        // Same spot and no room around: everything beside it is taken by the next request.
        { id: "crowded", text: "Crowded Islet Number One", anchor: [182, 150], room: 1 },
      ],
      frame,
    );
    expect(placements.get("big")).toEqual({ mode: "inside", x: 180, y: 150 });
    expect(placements.get("small")!.mode).toBe("outside");
    expect(["outside", "key"]).toContain(placements.get("crowded")!.mode);
  });

  it("numbers labels in request order and keeps their markers at the anchors", () => {
    const requests = Array.from({ length: 40 }, (_, i) => ({ id: `i${i}`, text: `A rather long islet name ${i}`, anchor: [100 + (i % 8) * 4, 100 + Math.floor(i / 8) * 4] as [number, number], room: 1 }));
    const placements = [...placeLabels(requests, { width: 220, height: 200 }).values()];
    const keyed = placements.filter((p) => p.mode === "key");
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.map((p) => (p.mode === "key" ? p.number : 0))).toEqual(keyed.map((_, i) => i + 1));
  });

  it("drops an optional label rather than move or number it", () => {
    const placements = placeLabels(
      [
        { id: "area", text: "North Province", anchor: [100, 100], room: 50 },
        { id: "country", text: "Ruritania", anchor: [0, 0], room: 0, optional: true, candidates: [[100, 100]] },
      ],
      frame,
    );
    expect(placements.get("country")).toEqual({ mode: "hidden" });
  });

  it("keeps a label inside the frame", () => {
    const p = placeLabels([{ id: "edge", text: "Edge March", anchor: [2, 150], room: 1 }], frame).get("edge")!;
    expect(p.mode).toBe("outside");
    if (p.mode === "outside") expect(p.x - textWidth("Edge March", 11, true) / 2).toBeGreaterThanOrEqual(0);
    if (p.mode === "outside") expect(p.y + LABEL_HEIGHT / 2).toBeLessThanOrEqual(frame.height);
  });
});

describe("pathData", () => {
  it("writes rings with one decimal, relative moves and no leading zeros", () => {
    const d = pathData({ polygons: [[[[10, 10], [20.04, 10], [20, 20.56], [10, 20]]]], lines: [] });
    expect(d).toBe("M10 10l10 0l0 10.6l-10-.6z");
  });

  it("drops points closer than the step to the last kept one, but never a line's ends", () => {
    const d = pathData({ polygons: [], lines: [[[0, 0], [0.1, 0], [0.2, 0], [5, 0], [5.1, 0]]] }, 0.5);
    expect(d).toBe("M0 0l5 0l.1 0");
  });

  it("moves between parts relative to where the last one ended", () => {
    const d = pathData({ polygons: [[[[0, 0], [4, 0], [4, 4]]], [[[10, 10], [14, 10], [14, 14]]]], lines: [] });
    expect(d).toBe("M0 0l4 0l0 4zm10 10l4 0l0 4z");
  });
});

describe("tooltips and text", () => {
  it("wraps words to a width, keeping a too-long word whole", () => {
    expect(wrapText("Held by Ruritania, de jure, since the referendum", 100, 11)).toEqual(["Held by Ruritania,", "de jure, since the", "referendum"]);
    expect(wrapText("Supercalifragilisticexpialidocious", 20, 11)).toEqual(["Supercalifragilisticexpialidocious"]);
  });

  it("sits above its anchor when there is room, else below, and always inside the frame", () => {
    const above = layoutTooltip({ anchor: [180, 200], title: "North Province", text: "Held by Ruritania", frame });
    expect(above.y + above.height).toBeLessThanOrEqual(200);
    const below = layoutTooltip({ anchor: [355, 10], title: "North Province", text: "Held by Ruritania", frame });
    expect(below.y).toBeGreaterThan(10);
    expect(below.x + below.width).toBeLessThanOrEqual(frame.width);
  });

  it("shows at most six lines, marking the cut", () => {
    const tip = layoutTooltip({ anchor: [180, 290], title: "North Province", text: "word ".repeat(200), frame });
    expect(tip.lines).toHaveLength(6);
    expect(tip.lines[5]!.text.endsWith("…")).toBe(true);
    expect(tip.lines[0]).toMatchObject({ text: "North Province", bold: true });
  });
});
