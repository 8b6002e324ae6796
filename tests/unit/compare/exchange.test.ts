import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = { areas: [], parties: { ruritania: "Ruritania", borduria: "Borduria" } };
const compare = (a: unknown, b: unknown) => compareTerms("exchange", a, b, labels, context);

describe("compareTerms: exchange", () => {
  it.each([
    [{ formula: "all-for-all" }, { formula: "all-for-all" }, "aligned"],
    [{ formula: "all-for-all" }, { formula: "numbers" }, "partly-aligned"],
    [{ formula: "unilateral" }, { formula: "ratio" }, "partly-aligned"],
    [{ formula: "none" }, { formula: "all-for-all" }, "opposed"],
    [{ formula: "none" }, { formula: "none" }, "aligned"],
    [{ categories: ["soldiers", "remains"] }, { categories: ["remains", "soldiers"] }, "aligned"],
    [{ categories: ["soldiers"] }, { categories: ["soldiers", "civilians"] }, "partly-aligned"],
    [{ phases: 3 }, { phases: 3 }, "aligned"],
    [{ phases: 3 }, { phases: 1 }, "partly-aligned"],
    [{ formula: "numbers" }, { categories: ["soldiers"] }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("compares how many each party releases by party, whichever side it is written on", () => {
    const r = compare(
      { formula: "numbers", sideA: { party: "ruritania", count: 1200 }, sideB: { party: "borduria", count: 1200 } },
      { formula: "numbers", sideA: { party: "borduria", count: 1000 }, sideB: { party: "ruritania", count: 1200 } },
    );
    expect(r.class).toBe("partly-aligned");
    expect(r.reason).toBe(
      "Partly aligned on the number Borduria releases: Ruritania has Borduria release 1,200, Borduria 1,000. " +
        "Aligned on the exchange: Ruritania and Borduria both want an exchange of fixed numbers. " +
        "Aligned on the number Ruritania releases: Ruritania and Borduria both have Ruritania release 1,200.",
    );
  });

  it("compares a party releasing all it holds with a figure or with all", () => {
    const all = { sideA: { party: "ruritania", all: true } };
    expect(compare(all, { sideB: { party: "ruritania", all: true } })).toMatchObject({
      class: "aligned",
      reason: "Aligned on the number Ruritania releases: Ruritania and Borduria both have Ruritania release everyone it holds.",
    });
    const r = compare(all, { sideA: { party: "ruritania", count: 10 } });
    expect(r.class).toBe("partly-aligned");
    expect(r.reason).toBe("Partly aligned on the number Ruritania releases: Ruritania has Ruritania release everyone it holds, Borduria 10.");
    expect(compare({ sideA: { party: "ruritania", count: 10 } }, all).class).toBe("partly-aligned");
  });

  it("names both sets of people released", () => {
    const r = compare({ categories: ["soldiers"] }, { categories: ["soldiers", "children"] });
    expect(r.reason).toBe("Partly aligned on who is released: Ruritania wants prisoners of war, Borduria wants prisoners of war and children.");
  });

  it("weighs nothing else against a refusal of any exchange", () => {
    const r = compare({ formula: "none", categories: ["hostages"] }, { formula: "all-for-all", categories: ["hostages"] });
    expect(r.parts.map((p) => p.key)).toEqual(["formula"]);
    expect(r.reason).toBe("Opposed on the exchange: Ruritania wants no exchange, Borduria wants an all-for-all exchange.");
  });
});
