import { describe, expect, it } from "vitest";
import { summariseOutline } from "@/lib/maps/outline-summary";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { forDisplay } from "@/lib/words/format-value";
import { box } from "./shapes";

describe("a drawn outline in a history", () => {
  const zone = box(20, 50, 0.2);
  const moved = box(20.1, 50, 0.2);

  it("reads as its kind, parts, points and a fingerprint", () => {
    expect(summariseOutline(zone)).toMatch(/^Polygon, one part, 4 points \(#[0-9a-f]{6}\)$/);
    expect(summariseOutline(moved)).not.toBe(summariseOutline(zone));
    expect(summariseOutline({ type: "MultiLineString", coordinates: [[[20, 50], [21, 51]], [[22, 50], [23, 51], [24, 52]]] })).toMatch(/^MultiLineString, 2 parts, 5 points/);
  });

  it("shows a change of outline as one field, never as coordinates", () => {
    const changes = diffSnapshots(forDisplay({ name: "Zone", outline: zone }), forDisplay({ name: "Zone", outline: moved }));
    expect(changes).toEqual([{ kind: "changed", path: ["outline"], before: summariseOutline(zone), after: summariseOutline(moved) }]);
    expect(diffSnapshots(forDisplay({ outline: null }), forDisplay({ outline: zone }))).toEqual([{ kind: "added", path: ["outline"], after: summariseOutline(zone) }]);
  });
});
