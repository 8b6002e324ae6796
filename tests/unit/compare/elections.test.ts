import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const compare = (a: unknown, b: unknown) => compareTerms("elections", a, b, labels);

describe("compareTerms: elections", () => {
  it.each([
    [{ timing: "after-ceasefire" }, { timing: "after-ceasefire" }, "aligned"],
    [{ timing: "before-settlement" }, { timing: "after-settlement" }, "partly-aligned"],
    [{ timing: "not-required" }, { timing: "after-settlement" }, "opposed"],
    [{ withinDays: 100 }, { withinDays: 100 }, "aligned"],
    [{ withinDays: 100 }, { withinDays: 90 }, "partly-aligned"],
    [{ withinDays: 100, withinDaysFrom: "end of martial law" }, { withinDays: 100, withinDaysFrom: "signing of the agreement" }, "partly-aligned"],
    [{ withinDays: 100, withinDaysFrom: "signing of the agreement" }, { withinDays: 100 }, "aligned"],
    [{ incumbentMaySign: false }, { incumbentMaySign: false }, "aligned"],
    [{ incumbentMaySign: false }, { incumbentMaySign: true }, "opposed"],
    [{ preconditions: ["A ceasefire during the vote"] }, { preconditions: ["Observers"] }, "partly-aligned"],
    [{ timing: "after-ceasefire" }, { withinDays: 90 }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties, the timings and the deadlines", () => {
    const r = compare(
      { timing: "before-settlement", withinDays: 100, withinDaysFrom: "end of martial law" },
      { timing: "after-settlement", withinDays: 100, withinDaysFrom: "signing of the agreement" },
    );
    expect(r.class).toBe("partly-aligned");
    expect(r.reason).toBe(
      "Partly aligned on the timing of elections: Ruritania wants elections before the final settlement, Borduria wants elections after the settlement. " +
        "Partly aligned on the deadline: Ruritania wants elections within 100 days of the end of martial law, Borduria wants elections within 100 days of the signing of the agreement.",
    );
  });

  it("weighs no deadline against elections not required", () => {
    expect(compare({ timing: "not-required", withinDays: 30 }, { timing: "after-ceasefire", withinDays: 30 }).parts.map((p) => p.key)).toEqual(["timing"]);
  });
});
