// A save of the points editor that finds a point saved by someone else while it ran (possible
// on PostgreSQL, where another save may commit between this save's reads and its writes).
import { describe, expect, it } from "vitest";
import type { PlanPointSnapshot } from "@/lib/plan-points/plan-point-snapshot";
import { withPointFound } from "@/lib/plan-points/points-conflict";

const point = (id: string, version: number, summary: string): PlanPointSnapshot => ({
  id, version, summary, planId: "plan-ruritania", number: id, numberPrinted: true, order: 0,
  revisesId: null, change: null, changeNote: null, issueIds: [],
  createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", retractedAt: null,
});

describe("withPointFound", () => {
  it("keeps a point added since among the added, as it now is, and lists it once", () => {
    const added = point("p7", 1, "Added since.");
    const conflict = withPointFound({ changed: [], added: [added] }, point("p7", 2, "Added, then reworded."));
    expect(conflict.added.map((p) => [p.id, p.version, p.summary])).toEqual([["p7", 2, "Added, then reworded."]]);
    expect(conflict.changed).toEqual([]);
  });

  it("lists any other point as one someone else changed", () => {
    const conflict = withPointFound({ changed: [], added: [point("p7", 1, "Added since.")] }, point("p2", 3, "Reworded meanwhile."));
    expect(conflict.changed.map((p) => p.id)).toEqual(["p2"]);
    expect(conflict.added.map((p) => p.id)).toEqual(["p7"]);
  });

  it("takes the newer state of a point already listed as changed rather than listing it again", () => {
    const conflict = withPointFound({ changed: [point("p2", 2, "First rewording.")], added: [] }, point("p2", 3, "Second rewording."));
    expect(conflict.changed.map((p) => [p.id, p.version])).toEqual([["p2", 3]]);
  });
});
