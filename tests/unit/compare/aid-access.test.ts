import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = {
  areas: [
    { slug: "north-gate", name: "North Gate", parent: null, holder: null, heldSince: null },
    { slug: "river-crossing", name: "River Crossing", parent: null, holder: null, heldSince: null },
  ],
  parties: {},
};
const compare = (a: unknown, b: unknown) => compareTerms("aid-access", a, b, labels, context);

describe("compareTerms: aid-access", () => {
  it.each([
    [{ access: "unimpeded" }, { access: "unimpeded" }, "aligned"],
    [{ access: "unimpeded" }, { access: "increased" }, "partly-aligned"],
    [{ access: "restricted" }, { access: "halted" }, "partly-aligned"],
    [{ access: "increased" }, { access: "halted" }, "opposed"],
    [{ access: "unimpeded" }, { access: "restricted" }, "opposed"],
    [{ trucksPerDay: 600 }, { trucksPerDay: 600 }, "aligned"],
    [{ trucksPerDay: 350 }, { trucksPerDay: 600 }, "partly-aligned"],
    [{ distributor: "The Agency" }, { distributor: "the  agency" }, "aligned"],
    [{ distributor: "The Agency" }, { distributor: "Local councils" }, "partly-aligned"],
    [{ distributor: "A foundation" }, { distributor: "The Agency", rejectedDistributors: ["a foundation"] }, "opposed"],
    [{ allCrossings: true }, { allCrossings: true }, "aligned"],
    [{ crossings: ["north-gate", "river-crossing"] }, { crossings: ["river-crossing", "north-gate"] }, "aligned"],
    [{ crossings: ["north-gate"] }, { allCrossings: true }, "partly-aligned"],
    [{ access: "halted" }, { trucksPerDay: 600 }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties, the rejected distributor and the other elements", () => {
    const r = compare(
      { distributor: "A foundation", trucksPerDay: 350 },
      { distributor: "The Agency", rejectedDistributors: ["A foundation"], trucksPerDay: 600 },
    );
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe(
      "Opposed on who distributes aid: Ruritania wants A foundation to distribute aid, Borduria rejects it. " +
        "Partly aligned on trucks a day: Ruritania wants 350 trucks a day, Borduria wants 600 trucks a day.",
    );
  });

  it("names the crossings by the negotiation's area names", () => {
    expect(compare({ crossings: ["north-gate"] }, { allCrossings: true }).reason).toBe(
      "Partly aligned on crossings: Ruritania wants aid through North Gate, Borduria wants every crossing open.",
    );
    expect(compare({ access: "halted" }, { access: "unimpeded" }).reason).toBe(
      "Opposed on access for aid: Ruritania wants aid halted, Borduria wants unimpeded access for aid.",
    );
  });
});
