import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const compare = (a: unknown, b: unknown) => compareTerms("membership", a, b, labels);

describe("compareTerms: membership", () => {
  it.each([
    [{ membership: "allowed" }, { membership: "allowed" }, "aligned"],
    [{ membership: "allowed" }, { membership: "conditional" }, "partly-aligned"],
    [{ membership: "blocked" }, { membership: "conditional" }, "partly-aligned"],
    [{ membership: "allowed" }, { membership: "blocked" }, "opposed"],
    [{ timelineYears: 5 }, { timelineYears: 5 }, "aligned"],
    [{ timelineYears: 5 }, { timelineYears: 10 }, "partly-aligned"],
    [{ organisation: "The Union", membership: "allowed" }, { organisation: "the  union", membership: "allowed" }, "aligned"],
    [{ membership: "allowed" }, { timelineYears: 5 }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties and the differing element", () => {
    const r = compare({ membership: "allowed", timelineYears: 5 }, { membership: "allowed", timelineYears: 10 });
    expect(r.reason).toBe(
      "Partly aligned on timeline: Ruritania wants membership within 5 years, Borduria wants membership within 10 years. " +
        "Aligned on membership: Ruritania and Borduria both want membership allowed.",
    );
  });

  it("does not compare different organisations, and says so", () => {
    const r = compare({ organisation: "The Union", membership: "allowed" }, { organisation: "The Alliance", membership: "blocked" });
    expect(r).toEqual({ class: "unknown", parts: [], reason: "Not compared: Ruritania speaks of The Union, Borduria of The Alliance." });
  });

  it("weighs no timeline against a blocked membership", () => {
    expect(compare({ membership: "blocked", timelineYears: 5 }, { membership: "allowed", timelineYears: 5 }).parts.map((p) => p.key)).toEqual(["membership"]);
  });
});
