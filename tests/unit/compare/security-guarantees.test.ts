import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = { areas: [], parties: { ruritania: "Ruritania", borduria: "Borduria", freedonia: "Freedonia", sylvania: "Sylvania" } };
const compare = (a: unknown, b: unknown) => compareTerms("security-guarantees", a, b, labels, context);

describe("compareTerms: security guarantees", () => {
  it.each([
    [{ guarantee: "collective-defence" }, { guarantee: "collective-defence" }, "aligned"],
    [{ guarantee: "collective-defence" }, { guarantee: "assurances" }, "partly-aligned"],
    [{ guarantee: "none" }, { guarantee: "assistance" }, "opposed"],
    [{ guarantors: ["freedonia", "sylvania"] }, { guarantors: ["sylvania", "freedonia"] }, "aligned"],
    [{ guarantors: ["freedonia"] }, { guarantors: ["freedonia", "sylvania"] }, "partly-aligned"],
    [{ guarantors: ["freedonia", "sylvania"] }, { nonGuarantors: ["freedonia"] }, "opposed"],
    [{ durationYears: 15 }, { durationYears: 15 }, "aligned"],
    [{ durationYears: 15 }, { durationYears: 30 }, "partly-aligned"],
    [{ foreignForcesAllowed: true }, { foreignForcesAllowed: true }, "aligned"],
    [{ foreignForcesAllowed: true }, { foreignForcesAllowed: false }, "opposed"],
    [{ forceContributors: ["sylvania"] }, { forceContributors: ["sylvania"] }, "aligned"],
    [{ forceContributors: ["sylvania"] }, { forceContributors: ["sylvania", "freedonia"] }, "partly-aligned"],
    [{ forceContributors: ["freedonia"] }, { forceNonContributors: ["freedonia"] }, "opposed"],
    [{ forceTiming: "after-ceasefire" }, { forceTiming: "after-settlement" }, "partly-aligned"],
    [{ preconditions: ["A backstop"] }, { preconditions: ["a backstop"] }, "aligned"],
    [{ guarantee: "collective-defence" }, { foreignForcesAllowed: true }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the party one side counts on and the other rules out", () => {
    const r = compare(
      { guarantee: "collective-defence", guarantors: ["freedonia", "sylvania"], durationYears: 30 },
      { guarantee: "collective-defence", guarantors: ["sylvania"], nonGuarantors: ["freedonia"], durationYears: 15 },
    );
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe(
      "Opposed on guarantors: Ruritania names Freedonia as a guarantor, Borduria rules that out. " +
        "Partly aligned on length: Ruritania wants a guarantee for 30 years, Borduria wants a guarantee for 15 years. " +
        "Aligned on the guarantee: Ruritania and Borduria both want a collective-defence guarantee.",
    );
  });

  it("names a party each side counts on that the other rules out", () => {
    const r = compare({ forceContributors: ["freedonia"], forceNonContributors: ["sylvania"] }, { forceContributors: ["sylvania"], forceNonContributors: ["freedonia"] });
    expect(r.reason).toBe(
      "Opposed on who sends forces: Ruritania names Freedonia among those sending forces, Borduria rules that out; " +
        "Borduria names Sylvania among those sending forces, Ruritania rules that out.",
    );
  });

  it("weighs who sends forces only where neither side refuses foreign forces", () => {
    const r = compare(
      { foreignForcesAllowed: false, guarantors: ["freedonia"] },
      { foreignForcesAllowed: true, forceContributors: ["sylvania"], forceTiming: "after-ceasefire", guarantors: ["freedonia", "sylvania"] },
    );
    expect(r.parts.map((p) => [p.key, p.class])).toEqual([
      ["guarantors", "partly-aligned"],
      ["foreignForcesAllowed", "opposed"],
    ]);
    expect(r.reason).toContain("Opposed on foreign forces: Ruritania wants no foreign forces, Borduria wants foreign forces deployed.");
  });
});
