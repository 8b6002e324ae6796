import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = { areas: [], parties: { "red-brigade": "Red Brigade", "blue-militia": "Blue Militia" } };
const compare = (a: unknown, b: unknown) => compareTerms("disarmament", a, b, labels, context);

describe("compareTerms: disarmament", () => {
  it.each([
    [{ scope: "all-weapons" }, { scope: "all-weapons" }, "aligned"],
    [{ scope: "all-weapons" }, { scope: "heavy-weapons" }, "partly-aligned"],
    [{ scope: "all-weapons" }, { scope: "none" }, "opposed"],
    [{ methods: ["handover"] }, { methods: ["handover"] }, "aligned"],
    [{ methods: ["handover"] }, { methods: ["decommissioning"] }, "partly-aligned"],
    [{ methods: ["freeze"] }, { methods: ["freeze", "storage"] }, "partly-aligned"],
    [{ methods: ["freeze", "storage"] }, { methods: ["handover"] }, "opposed"],
    [{ timing: "phased" }, { timing: "phased" }, "aligned"],
    [{ timing: "phased" }, { timing: "before-withdrawal" }, "partly-aligned"],
    [{ timing: "after-statehood" }, { timing: "never" }, "partly-aligned"],
    [{ timing: "phased" }, { timing: "after-statehood" }, "opposed"],
    [{ handedTo: "The Council" }, { handedTo: "the council" }, "aligned"],
    [{ handedTo: "The Council" }, { handedTo: "A future state" }, "partly-aligned"],
    [{ amnesty: true }, { amnesty: false }, "opposed"],
    [{ territoryDemilitarised: true }, { territoryDemilitarised: true }, "aligned"],
    [{ territoryDemilitarised: true }, { territoryDemilitarised: false }, "opposed"],
    [{ forcedIfRefused: true }, { forcedIfRefused: false }, "partly-aligned"],
    [{ preconditions: ["A ceasefire"] }, { preconditions: ["a ceasefire"] }, "aligned"],
    [{ scope: "all-weapons" }, { timing: "never" }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties and the differing elements", () => {
    const r = compare(
      { armedParties: ["red-brigade"], scope: "all-weapons", timing: "phased", territoryDemilitarised: true },
      { armedParties: ["red-brigade"], methods: ["freeze"], timing: "after-statehood" },
    );
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe("Opposed on when: Ruritania wants disarmament as a stage of the agreement, Borduria wants disarmament only once a state exists.");
  });

  it("says how weapons are kept or given up", () => {
    expect(compare({ methods: ["freeze", "storage"] }, { methods: ["handover"] }).reason).toBe(
      "Opposed on how weapons are dealt with: Ruritania wants weapons frozen (kept, not used) and stored, Borduria wants weapons handed over.",
    );
  });

  it("does not compare the disarming of wholly different groups, and says so", () => {
    expect(compare({ armedParties: ["red-brigade"], scope: "all-weapons" }, { armedParties: ["blue-militia"], scope: "none" })).toEqual({
      class: "unknown",
      parts: [],
      reason: "Not compared: Ruritania speaks of disarming Red Brigade, Borduria of Blue Militia.",
    });
    expect(compare({ armedParties: ["red-brigade", "blue-militia"], scope: "all-weapons" }, { armedParties: ["blue-militia"], scope: "none" }).class).toBe("opposed");
  });
});
