import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";
import { classifyClaims } from "@/lib/compare/territory";
import type { TerritorialClaim } from "@/lib/terms/territory";

const labels = { a: "Russia", b: "Ukraine" };
type Claims = Array<{ region: string; claim: string }>;
const compare = (a: Claims, b: Claims) => compareTerms("territory", { claims: a }, { claims: b }, labels);

describe("territory claim pairs", () => {
  // Written out by hand from the SPEC, not generated from the groups the code uses.
  const A = "aligned", P = "partly-aligned", O = "opposed";
  const table: Array<[TerritorialClaim, TerritorialClaim, string]> = [
    ["recognised-russian-de-jure", "recognised-russian-de-jure", A],
    ["recognised-russian-de-jure", "recognised-russian-de-facto", P],
    ["recognised-russian-de-jure", "ukrainian-withdrawal", P],
    ["recognised-russian-de-jure", "freeze-at-line", O],
    ["recognised-russian-de-jure", "demilitarised-zone", O],
    ["recognised-russian-de-jure", "russian-withdrawal", O],
    ["recognised-russian-de-jure", "return-to-ukraine", O],
    ["recognised-russian-de-facto", "recognised-russian-de-facto", A],
    ["recognised-russian-de-facto", "ukrainian-withdrawal", P],
    ["recognised-russian-de-facto", "freeze-at-line", P],
    ["recognised-russian-de-facto", "demilitarised-zone", O],
    ["recognised-russian-de-facto", "russian-withdrawal", O],
    ["recognised-russian-de-facto", "return-to-ukraine", O],
    ["ukrainian-withdrawal", "ukrainian-withdrawal", A],
    ["ukrainian-withdrawal", "freeze-at-line", O],
    ["ukrainian-withdrawal", "demilitarised-zone", P],
    ["ukrainian-withdrawal", "russian-withdrawal", O],
    ["ukrainian-withdrawal", "return-to-ukraine", O],
    ["freeze-at-line", "freeze-at-line", A],
    ["freeze-at-line", "demilitarised-zone", P],
    ["freeze-at-line", "russian-withdrawal", P],
    ["freeze-at-line", "return-to-ukraine", P],
    ["demilitarised-zone", "demilitarised-zone", A],
    ["demilitarised-zone", "russian-withdrawal", P],
    ["demilitarised-zone", "return-to-ukraine", P],
    ["russian-withdrawal", "russian-withdrawal", A],
    ["russian-withdrawal", "return-to-ukraine", P],
    ["return-to-ukraine", "return-to-ukraine", A],
  ];

  it.each(table)("%s vs %s → %s, in either order", (x, y, expected) => {
    if (x === "undecided" || y === "undecided") throw new Error("table holds decided claims only");
    expect(classifyClaims(x, y)).toBe(expected);
    expect(classifyClaims(y, x)).toBe(expected);
    expect(compare([{ region: "donetsk", claim: x }], [{ region: "donetsk", claim: y }]).class).toBe(expected);
  });

  it("covers every pair of decided claims", () => {
    expect(table).toHaveLength((7 * 8) / 2);
  });
});

describe("compareTerms: territory", () => {
  it("is aligned when every region matches", () => {
    const r = compare(
      [{ region: "crimea", claim: "recognised-russian-de-facto" }, { region: "donetsk", claim: "freeze-at-line" }],
      [{ region: "crimea", claim: "recognised-russian-de-facto" }, { region: "donetsk", claim: "freeze-at-line" }],
    );
    expect(r.class).toBe("aligned");
    expect(r.parts.map((p) => p.key)).toEqual(["crimea", "donetsk"]);
    expect(r.reason).toContain("Russia and Ukraine both want");
  });

  it("takes the worst region and names the regions in readable words", () => {
    const r = compare(
      [
        { region: "donetsk", claim: "recognised-russian-de-jure" },
        { region: "luhansk", claim: "recognised-russian-de-jure" },
        { region: "kherson", claim: "freeze-at-line" },
      ],
      [
        { region: "donetsk", claim: "russian-withdrawal" },
        { region: "luhansk", claim: "russian-withdrawal" },
        { region: "kherson", claim: "russian-withdrawal" },
      ],
    );
    expect(r.class).toBe("opposed");
    expect(r.reason).toMatch(
      /^Opposed on Donetsk and Luhansk: Russia wants recognition as Russian \(de jure\), Ukraine wants Russian withdrawal\. Partly aligned on Kherson: /,
    );
    expect(r.parts.find((p) => p.key === "kherson")?.class).toBe("partly-aligned");
  });

  it("is partly aligned when the worst region is partly aligned", () => {
    const r = compare([{ region: "crimea", claim: "demilitarised-zone" }], [{ region: "crimea", claim: "return-to-ukraine" }]);
    expect(r.class).toBe("partly-aligned");
    expect(r.parts).toEqual([
      {
        key: "crimea",
        label: "Crimea",
        class: "partly-aligned",
        reason: "Russia wants a demilitarised zone, Ukraine wants return to Ukraine",
      },
    ]);
  });

  it("lets a claim on `all` stand for each region that side does not name", () => {
    const r = compare(
      [
        { region: "crimea", claim: "recognised-russian-de-jure" },
        { region: "zaporizhzhia", claim: "freeze-at-line" },
      ],
      [
        { region: "zaporizhzhia", claim: "russian-withdrawal" },
        { region: "all", claim: "freeze-at-line" },
      ],
    );
    expect(r.parts.map((p) => [p.key, p.class])).toEqual([
      ["crimea", "opposed"],
      ["zaporizhzhia", "partly-aligned"],
    ]);
    expect(r.reason).toContain("Opposed on Crimea: Russia wants recognition as Russian (de jure), Ukraine wants a freeze");
  });

  it("compares `all` against `all` when neither side names a region", () => {
    const r = compare([{ region: "all", claim: "freeze-at-line" }], [{ region: "all", claim: "russian-withdrawal" }]);
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0]).toMatchObject({ key: "all", label: "all occupied territory", class: "partly-aligned" });
    expect(r.reason).toMatch(/^Partly aligned on all occupied territory: /);
  });

  it("compares the rest of the territory when both use `all` beside named regions", () => {
    const r = compare(
      [{ region: "donetsk", claim: "freeze-at-line" }, { region: "all", claim: "freeze-at-line" }],
      [{ region: "all", claim: "recognised-russian-de-jure" }],
    );
    expect(r.parts.map((p) => [p.label, p.class])).toEqual([
      ["Donetsk", "opposed"],
      ["all other occupied territory", "opposed"],
    ]);
    expect(r.reason).toContain("Opposed on Donetsk and all other occupied territory:");
  });

  it("skips a region the other side neither names nor covers with `all`", () => {
    const r = compare(
      [{ region: "crimea", claim: "recognised-russian-de-jure" }, { region: "kherson", claim: "freeze-at-line" }],
      [{ region: "kherson", claim: "freeze-at-line" }],
    );
    expect(r.class).toBe("aligned");
    expect(r.parts.map((p) => p.key)).toEqual(["kherson"]);
    expect(r.reason).not.toContain("Crimea");
  });

  it("skips undecided regions, including an undecided `all`", () => {
    const r = compare(
      [{ region: "crimea", claim: "undecided" }, { region: "donetsk", claim: "freeze-at-line" }],
      [{ region: "crimea", claim: "russian-withdrawal" }, { region: "all", claim: "undecided" }],
    );
    expect(r.class).toBe("unknown");
    expect(r.parts).toEqual([]);
    expect(r.reason).toContain("Nothing to compare");
  });

  it("prefers a named claim over that side's `all`", () => {
    const r = compare(
      [{ region: "crimea", claim: "undecided" }, { region: "all", claim: "freeze-at-line" }],
      [{ region: "crimea", claim: "recognised-russian-de-jure" }],
    );
    expect(r.class).toBe("unknown");
  });

  it("calls the `other` region by its display name", () => {
    const r = compare([{ region: "other", claim: "freeze-at-line" }], [{ region: "all", claim: "return-to-ukraine" }]);
    expect(r.reason).toMatch(/^Partly aligned on other areas: /);
  });
});
