import { describe, expect, it } from "vitest";
import { idsByKind } from "@/lib/records/ids";

describe("records grouped by kind", () => {
  it("gives each kind its distinct ids, in the order first met", () => {
    const grouped = idsByKind([
      { entityType: "position", entityId: "p1" },
      { entityType: "source", entityId: "s1" },
      { entityType: "position", entityId: "p2" },
      { entityType: "position", entityId: "p1" },
    ]);
    expect([...grouped].map(([kind, ids]) => [kind, [...ids]])).toEqual([
      ["position", ["p1", "p2"]],
      ["source", ["s1"]],
    ]);
    expect(idsByKind([]).size).toBe(0);
  });
});
