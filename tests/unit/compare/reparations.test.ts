import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";
import type { ReparationsTerms } from "@/lib/terms";

const labels = { a: "Ruritania", b: "Borduria" };
const compare = (a: ReparationsTerms, b: ReparationsTerms) => compareTerms("reparations", a, b, labels);

describe("compareTerms: reparations", () => {
  it.each([
    [{ reparations: "demanded" }, { reparations: "demanded" }, "aligned"],
    [{ reparations: "demanded" }, { reparations: "waiver-demanded" }, "opposed"],
    [{ frozenAssets: "reconstruction" }, { frozenAssets: "reconstruction" }, "aligned"],
    [{ frozenAssets: "reconstruction" }, { frozenAssets: "return" }, "opposed"],
    [{ frozenAssets: "keep-frozen" }, { frozenAssets: "reconstruction" }, "partly-aligned"],
    [{ frozenAssets: "keep-frozen" }, { frozenAssets: "return" }, "partly-aligned"],
    [{ frozenAssets: "keep-frozen" }, { frozenAssets: "keep-frozen" }, "aligned"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names both sides and both elements", () => {
    const r = compare(
      { reparations: "waiver-demanded", frozenAssets: "return" },
      { reparations: "demanded", frozenAssets: "keep-frozen" },
    );
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe(
      "Opposed on reparations: Ruritania wants reparations waived, Borduria wants reparations paid. " +
        "Partly aligned on frozen assets: Ruritania wants frozen assets returned, Borduria wants frozen assets kept frozen.",
    );
  });

  it("skips undecided elements", () => {
    const r = compare(
      { reparations: "undecided", frozenAssets: "reconstruction" },
      { reparations: "demanded", frozenAssets: "reconstruction" },
    );
    expect(r.class).toBe("aligned");
    expect(r.parts.map((p) => p.key)).toEqual(["frozenAssets"]);
  });

  it("is unknown when every shared element is undecided or blank", () => {
    const r = compare({ reparations: "undecided", frozenAssets: "undecided" }, { reparations: "demanded" });
    expect(r.class).toBe("unknown");
    expect(r.parts).toEqual([]);
  });
});
