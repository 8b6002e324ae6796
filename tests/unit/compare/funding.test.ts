import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = {
  areas: [{ slug: "north-province", name: "North Province", parent: null, holder: null, heldSince: null }],
  parties: { ruritania: "Ruritania", borduria: "Borduria", sylvania: "Sylvania" },
};
const compare = (a: unknown, b: unknown) => compareTerms("funding", a, b, labels, context);

describe("compareTerms: funding", () => {
  it.each([
    [{ amountUsd: 53e9 }, { amountUsd: 53.2e9 }, "aligned"],
    [{ amountUsd: 20e9 }, { amountUsd: 53e9 }, "partly-aligned"],
    [{ durationYears: 5 }, { durationYears: 5 }, "aligned"],
    [{ durationYears: 5 }, { durationYears: 10 }, "partly-aligned"],
    [{ payers: ["sylvania"] }, { payers: ["sylvania"] }, "aligned"],
    [{ payers: ["sylvania"] }, { payers: ["ruritania"] }, "partly-aligned"],
    [{ payers: ["sylvania"] }, { declinedPayers: ["sylvania"] }, "opposed"],
    [{ endorsedPlans: ["The Capital plan"] }, { endorsedPlans: ["The Capital plan"] }, "aligned"],
    [{ endorsedPlans: ["The Capital plan"] }, { rejectedPlans: ["The Capital plan"] }, "opposed"],
    [{ areas: ["north-province"] }, { excludedAreas: ["north-province"] }, "opposed"],
    [{ administeredBy: "A trust fund" }, { administeredBy: "a trust fund" }, "aligned"],
    [{ administeredBy: "A trust fund" }, { administeredBy: "The Old Council" }, "partly-aligned"],
    [{ source: "A donor conference" }, { source: "A donor conference" }, "aligned"],
    [{ preconditions: ["A ceasefire"] }, { preconditions: ["A ceasefire", "Elections"] }, "partly-aligned"],
    [{ amountUsd: 53e9 }, { payers: ["sylvania"] }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties, the amounts and the plan one backs and the other rejects", () => {
    const r = compare({ amountUsd: 53e9, endorsedPlans: ["The Capital plan"] }, { amountUsd: 20e9, rejectedPlans: ["The Capital plan"] });
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe(
      "Opposed on the plan: Ruritania names The Capital plan as the plan to follow, Borduria rules that out. " +
        "Partly aligned on the amount: Ruritania wants $53 billion, Borduria wants $20 billion.",
    );
  });

  it("names a party one side has pay and the other says will not", () => {
    expect(compare({ payers: ["sylvania"] }, { payers: ["ruritania"], declinedPayers: ["sylvania"] }).reason).toBe(
      "Opposed on who pays: Ruritania names Sylvania as paying, Borduria rules that out.",
    );
  });
});
