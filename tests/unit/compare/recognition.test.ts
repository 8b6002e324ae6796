import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const compare = (a: unknown, b: unknown) => compareTerms("recognition", a, b, labels);

describe("compareTerms: recognition", () => {
  it.each([
    [{ support: "supported" }, { support: "supported" }, "aligned"],
    [{ support: "supported" }, { support: "conditional" }, "partly-aligned"],
    [{ support: "rejected" }, { support: "conditional" }, "partly-aligned"],
    [{ support: "supported" }, { support: "rejected" }, "opposed"],
    [{ timelineYears: 5 }, { timelineYears: 5 }, "aligned"],
    [{ timelineYears: 5 }, { timelineYears: 10 }, "partly-aligned"],
    [{ borders: "The old lines" }, { borders: "the old lines" }, "aligned"],
    [{ capital: "Old Town" }, { capital: "New Town" }, "partly-aligned"],
    [{ demilitarisedState: true }, { demilitarisedState: false }, "opposed"],
    [{ preconditions: ["Reform"] }, { preconditions: ["Reform", "Elections"] }, "partly-aligned"],
    [{ of: "North Republic", support: "supported" }, { of: "north republic", support: "supported" }, "aligned"],
    [{ support: "supported" }, { timelineYears: 5 }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties and the differing element", () => {
    const r = compare({ support: "supported", demilitarisedState: true }, { support: "supported", demilitarisedState: false });
    expect(r.reason).toBe(
      "Opposed on a demilitarised state: Ruritania wants a demilitarised state, Borduria wants a state with its own army. " +
        "Aligned on recognition: Ruritania and Borduria both want recognition.",
    );
  });

  it("does not compare different states, and weighs nothing else against a rejection", () => {
    expect(compare({ of: "North Republic", support: "supported" }, { of: "South Republic", support: "rejected" })).toEqual({
      class: "unknown",
      parts: [],
      reason: "Not compared: Ruritania speaks of North Republic, Borduria of South Republic.",
    });
    expect(compare({ support: "rejected", borders: "The old lines" }, { support: "supported", borders: "The old lines" }).parts.map((p) => p.key)).toEqual(["support"]);
  });
});
