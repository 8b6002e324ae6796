import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = { areas: [], parties: { ruritania: "Ruritania", borduria: "Borduria", "the-union": "the Union" } };
const compare = (a: unknown, b: unknown) => compareTerms("sanctions", a, b, labels, context);

describe("compareTerms: sanctions", () => {
  it.each([
    [{ relief: "full" }, { relief: "full" }, "aligned"],
    [{ relief: "full" }, { relief: "phased" }, "partly-aligned"],
    [{ relief: "partial" }, { relief: "phased" }, "partly-aligned"],
    [{ relief: "none" }, { relief: "tighten" }, "partly-aligned"],
    [{ relief: "full" }, { relief: "tighten" }, "opposed"],
    [{ relief: "phased" }, { relief: "none" }, "opposed"],
    [{ timing: "at-signing" }, { timing: "at-signing" }, "aligned"],
    [{ timing: "at-signing" }, { timing: "at-ceasefire" }, "partly-aligned"],
    [{ timing: "at-ceasefire" }, { timing: "after-compliance" }, "opposed"],
    [{ snapback: true }, { snapback: true }, "aligned"],
    [{ snapback: true }, { snapback: false }, "partly-aligned"],
    [{ relief: "full" }, { timing: "after-compliance" }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties and the differing element", () => {
    const r = compare({ relief: "full", timing: "at-signing" }, { relief: "phased", timing: "after-compliance" });
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe(
      "Opposed on the timing of relief: Ruritania wants relief at the signing of an agreement, Borduria wants relief only once its conditions are met. " +
        "Partly aligned on sanctions relief: Ruritania wants all sanctions lifted, Borduria wants sanctions lifted in stages.",
    );
  });

  it("does not weigh the timing of relief against a side that refuses relief", () => {
    const r = compare({ relief: "tighten", timing: "at-signing" }, { relief: "full", timing: "after-compliance" });
    expect(r.parts.map((p) => p.key)).toEqual(["relief"]);
  });

  it("does not compare positions about different parties' sanctions, and says so", () => {
    const r = compare({ relief: "full", imposedBy: ["ruritania"] }, { relief: "tighten", imposedBy: ["the-union"] });
    expect(r).toEqual({
      class: "unknown",
      parts: [],
      reason: "Not compared: Ruritania speaks of sanctions imposed by Ruritania, Borduria of sanctions imposed by the Union.",
    });
    // One party in common, or one side not saying whose: compared.
    expect(compare({ relief: "full", imposedBy: ["ruritania", "the-union"] }, { relief: "tighten", imposedBy: ["the-union"] }).class).toBe("opposed");
    expect(compare({ relief: "full" }, { relief: "tighten", imposedBy: ["the-union"] }).class).toBe("opposed");
  });

  it("shows the condition and targets without judging them", () => {
    const r = compare({ relief: "tighten", condition: "no deal", targets: ["banking"] }, { relief: "tighten", condition: "a breach" });
    expect(r.class).toBe("aligned");
  });
});
