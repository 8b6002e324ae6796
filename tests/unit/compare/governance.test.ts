import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = { areas: [], parties: { ruritania: "Ruritania", borduria: "Borduria", "old-council": "Old Council", "red-brigade": "Red Brigade" } };
const compare = (a: unknown, b: unknown) => compareTerms("governance", a, b, labels, context);

describe("compareTerms: governance", () => {
  it.each([
    [{ governingParties: ["old-council"] }, { governingParties: ["old-council"] }, "aligned"],
    [{ governingParties: ["old-council"] }, { governingParties: ["old-council", "ruritania"] }, "partly-aligned"],
    [{ governingParties: ["old-council"] }, { excluded: ["old-council"] }, "opposed"],
    [{ excluded: ["red-brigade"] }, { excluded: ["red-brigade"] }, "aligned"],
    [{ excluded: ["red-brigade"] }, { excluded: ["red-brigade", "old-council"] }, "partly-aligned"],
    [{ administrator: "A local committee" }, { administrator: "a local  committee" }, "aligned"],
    [{ administrator: "A local committee" }, { administrator: "The Old Council" }, "partly-aligned"],
    [{ overseenBy: "A peace board" }, { rejectedAdministrators: ["A peace board"] }, "opposed"],
    [{ administrator: "A trusteeship" }, { rejectedAdministrators: ["a trusteeship"] }, "opposed"],
    [{ administratorKind: "interim-body" }, { administratorKind: "interim-body" }, "aligned"],
    [{ administratorKind: "interim-body" }, { administratorKind: "existing-authority" }, "partly-aligned"],
    [{ administratorKind: "interim-body" }, { administratorKind: "international-administration" }, "opposed"],
    [{ technocratic: true }, { technocratic: false }, "partly-aligned"],
    [{ transitionMonths: 6 }, { transitionMonths: 6 }, "aligned"],
    [{ electionsWithinMonths: 12 }, { electionsWithinMonths: 24 }, "partly-aligned"],
    [{ administrator: "A local committee" }, { transitionMonths: 6 }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties, the excluded party and the rejected body", () => {
    const r = compare(
      { administrator: "A local committee", overseenBy: "A peace board", excluded: ["red-brigade"] },
      { administrator: "A local committee", governingParties: ["red-brigade"], rejectedAdministrators: ["A peace board"] },
    );
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe(
      "Opposed on who governs: Borduria names Red Brigade in a governing role, Ruritania rules that out. " +
        "Opposed on who oversees: Ruritania wants A peace board to oversee the territory, Borduria rejects it. " +
        "Aligned on who administers: Ruritania and Borduria both want A local committee to administer the territory.",
    );
  });
});
