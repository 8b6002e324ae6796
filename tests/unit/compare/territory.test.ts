// Territory compared area by area, with invented areas and parties: Ruritania holds North
// Province and the Capital (which lies in it); Borduria is the other side; Freedonia is a
// third party. The tables are written out by hand from docs/comparison-rules.md.
import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";
import { classifyClaims, type DecidedClaim } from "@/lib/compare/territory-claims";
import type { CompareContext } from "@/lib/compare/types";
import { compareTerritoryByArea } from "@/lib/compare/territory";
import type { TerritoryTerms } from "@/lib/terms/territory";

const labels = { a: "Ruritania", b: "Borduria" };
const context: CompareContext = {
  areas: [
    { slug: "north-province", name: "North Province", parent: null, holder: "ruritania", heldSince: null },
    { slug: "capital", name: "the Capital", parent: "north-province", holder: "ruritania", heldSince: "2024-03" },
    { slug: "river-zone", name: "River Zone", parent: null, holder: null, heldSince: null },
    { slug: "south-coast", name: "South Coast", parent: null, holder: "borduria", heldSince: null },
  ],
  parties: { ruritania: "Ruritania", borduria: "Borduria", freedonia: "Freedonia" },
};
type Claim = { area: string; outcome: string; party?: string; recognition?: string };
const compare = (a: Claim[], b: Claim[], ctx: CompareContext = context) => compareTerms("territory", { claims: a }, { claims: b }, labels, ctx);

// The claims, read with Ruritania holding the area.
const claims: Record<string, Omit<DecidedClaim, "area">> = {
  "held by the holder, de jure": { outcome: "held-by", party: "ruritania", recognition: "de-jure" },
  "held by the holder, de facto": { outcome: "held-by", party: "ruritania", recognition: "de-facto" },
  "the opponent withdraws": { outcome: "withdrawal", party: "borduria" },
  "frozen line": { outcome: "frozen-line" },
  demilitarised: { outcome: "demilitarised" },
  international: { outcome: "international" },
  "the holder withdraws": { outcome: "withdrawal", party: "ruritania" },
  "held by the opponent, de jure": { outcome: "held-by", party: "borduria", recognition: "de-jure" },
};
const A = "aligned", P = "partly-aligned", O = "opposed";

describe("two claims on an area Ruritania holds", () => {
  const table: Array<[string, string, string]> = [
    ["held by the holder, de jure", "held by the holder, de jure", A],
    ["held by the holder, de jure", "held by the holder, de facto", P],
    ["held by the holder, de jure", "the opponent withdraws", P],
    ["held by the holder, de jure", "frozen line", O],
    ["held by the holder, de jure", "demilitarised", O],
    ["held by the holder, de jure", "international", O],
    ["held by the holder, de jure", "the holder withdraws", O],
    ["held by the holder, de jure", "held by the opponent, de jure", O],
    ["held by the holder, de facto", "held by the holder, de facto", A],
    ["held by the holder, de facto", "the opponent withdraws", P],
    ["held by the holder, de facto", "frozen line", P],
    ["held by the holder, de facto", "demilitarised", O],
    ["held by the holder, de facto", "international", O],
    ["held by the holder, de facto", "the holder withdraws", O],
    ["held by the holder, de facto", "held by the opponent, de jure", O],
    ["the opponent withdraws", "the opponent withdraws", A],
    ["the opponent withdraws", "frozen line", O],
    ["the opponent withdraws", "demilitarised", P],
    ["the opponent withdraws", "international", P],
    ["the opponent withdraws", "the holder withdraws", O],
    ["the opponent withdraws", "held by the opponent, de jure", O],
    ["frozen line", "frozen line", A],
    ["frozen line", "demilitarised", P],
    ["frozen line", "international", P],
    ["frozen line", "the holder withdraws", P],
    ["frozen line", "held by the opponent, de jure", P],
    ["demilitarised", "demilitarised", A],
    ["demilitarised", "international", P],
    ["demilitarised", "the holder withdraws", P],
    ["demilitarised", "held by the opponent, de jure", P],
    ["international", "international", A],
    ["international", "the holder withdraws", P],
    ["international", "held by the opponent, de jure", P],
    ["the holder withdraws", "the holder withdraws", A],
    ["the holder withdraws", "held by the opponent, de jure", P],
    ["held by the opponent, de jure", "held by the opponent, de jure", A],
  ];

  it.each(table)("%s vs %s → %s, in either order", (x, y, expected) => {
    const cx = { area: "north-province", ...claims[x]! } as DecidedClaim;
    const cy = { area: "north-province", ...claims[y]! } as DecidedClaim;
    expect(classifyClaims(cx, cy, "ruritania").class).toBe(expected);
    expect(classifyClaims(cy, cx, "ruritania").class).toBe(expected);
    expect(compare([cx], [cy]).class).toBe(expected);
  });

  it("covers every pair of the claims", () => {
    const n = Object.keys(claims).length;
    expect(table).toHaveLength((n * (n + 1)) / 2);
  });
});

describe("two claims on an area Ruritania holds only in part", () => {
  // A front line runs through the area: a freeze leaves Borduria its part.
  const inPart: Array<[string, string, string]> = [
    ["frozen line", "held by the holder, de facto", O],
    ["frozen line", "held by the holder, de jure", O],
    ["frozen line", "the opponent withdraws", O],
    ["frozen line", "the holder withdraws", P],
    ["frozen line", "held by the opponent, de jure", P],
    ["demilitarised", "held by the holder, de facto", O],
    ["demilitarised", "the opponent withdraws", P],
    ["held by the holder, de jure", "held by the holder, de facto", P],
  ];

  it.each(inPart)("%s vs %s → %s, in either order", (x, y, expected) => {
    const cx = { area: "north-province", ...claims[x]! } as DecidedClaim;
    const cy = { area: "north-province", ...claims[y]! } as DecidedClaim;
    expect(classifyClaims(cx, cy, "ruritania", true).class).toBe(expected);
    expect(classifyClaims(cy, cx, "ruritania", true).class).toBe(expected);
  });

  it("sets a freeze against the holder's de facto control, which asks for the rest of the area", () => {
    const freeze = [{ area: "north-province", outcome: "frozen-line" }];
    const control = [{ area: "north-province", outcome: "held-by", party: "ruritania", recognition: "de-facto" }];
    expect(compare(freeze, control).class).toBe(P);
    const split = { ...context, areas: context.areas.map((a) => (a.slug === "north-province" ? { ...a, heldInPart: true } : a)) };
    const r = compare(freeze, control, split);
    expect(r.class).toBe(O);
    expect(r.parts[0]!.reason).toBe("Ruritania wants a freeze at the current line; Borduria wants control by Ruritania (recognised de facto); Ruritania holds part of it now");
  });

  it("reads the rest as held in part when the holder holds any of it in part", () => {
    const rest = {
      ...context,
      areas: context.areas
        .filter((a) => a.slug !== "south-coast")
        .map((a) => (a.slug === "capital" ? { ...a, heldInPart: true } : a)),
    };
    const r = compare([{ area: "river-zone", outcome: "undecided" }, { area: "all", outcome: "frozen-line" }], [{ area: "all", outcome: "held-by", party: "ruritania" }], rest);
    expect(r.parts.map((p) => [p.label, p.class])).toEqual([["all other areas", O]]);
    expect(r.reason).toMatch(/Ruritania holds part of (it|them) now/);
  });
});

describe("claims that name a party", () => {
  const held = (party: string, recognition?: string): DecidedClaim => ({ area: "x", outcome: "held-by", party, ...(recognition ? { recognition } : {}) }) as DecidedClaim;
  const out = (party: string): DecidedClaim => ({ area: "x", outcome: "withdrawal", party });

  it("read a blank recognition as not stated: the same holder is aligned", () => {
    expect(classifyClaims(held("ruritania"), held("ruritania", "de-jure"), "ruritania").class).toBe(A);
    expect(classifyClaims(held("ruritania", "none"), held("ruritania", "de-facto"), "ruritania").class).toBe(P);
  });

  it("are opposed when they name different holders, or different parties to leave", () => {
    expect(classifyClaims(held("borduria"), held("freedonia"), null).class).toBe(O);
    expect(classifyClaims(out("borduria"), out("ruritania"), null).class).toBe(O);
  });

  it("take a third party's hold as one more claim against the holder", () => {
    expect(classifyClaims(held("freedonia"), out("ruritania"), "ruritania").class).toBe(P);
    expect(classifyClaims(held("freedonia"), { area: "x", outcome: "frozen-line" }, "ruritania").class).toBe(P);
  });

  it("against a status-quo claim are only partly aligned when no holder is recorded", () => {
    const result = classifyClaims(held("ruritania", "de-jure"), { area: "x", outcome: "frozen-line" }, null);
    expect(result).toEqual({ class: P, turnsOnHolder: true });
  });
});

describe("compareTerms: territory", () => {
  it("names areas and parties by their records' names", () => {
    const r = compare(
      [{ area: "north-province", outcome: "held-by", party: "ruritania", recognition: "de-jure" }],
      [{ area: "north-province", outcome: "withdrawal", party: "ruritania" }],
    );
    expect(r.class).toBe(O);
    expect(r.reason).toBe(
      "Opposed on North Province: Ruritania wants control by Ruritania (recognised de jure); Borduria wants the withdrawal of Ruritania's forces.",
    );
  });

  it("says who holds the area when the class turns on it", () => {
    const r = compare([{ area: "north-province", outcome: "frozen-line" }], [{ area: "north-province", outcome: "withdrawal", party: "borduria" }]);
    expect(r.parts[0]).toMatchObject({ class: O, reason: "Ruritania wants a freeze at the current line; Borduria wants the withdrawal of Borduria's forces; Ruritania holds it now" });
    const unrecorded = compare([{ area: "river-zone", outcome: "frozen-line" }], [{ area: "river-zone", outcome: "held-by", party: "borduria" }]);
    expect(unrecorded.parts[0]).toMatchObject({ class: P, reason: expect.stringMatching(/who holds it now is not recorded$/) });
  });

  it("groups areas sharing a judgement, in the negotiation's order, with a plural reason", () => {
    const r = compare(
      [
        { area: "south-coast", outcome: "held-by", party: "ruritania" },
        { area: "north-province", outcome: "frozen-line" },
        { area: "river-zone", outcome: "frozen-line" },
      ],
      [
        { area: "river-zone", outcome: "withdrawal", party: "borduria" },
        { area: "north-province", outcome: "withdrawal", party: "borduria" },
        { area: "south-coast", outcome: "held-by", party: "borduria" },
      ],
    );
    expect(r.parts.map((p) => [p.label, p.class])).toEqual([
      ["North Province", O],
      ["River Zone", P],
      ["South Coast", O],
    ]);
    expect(r.reason).toMatch(/^Opposed on North Province: .*\. Opposed on South Coast: .*\. Partly aligned on River Zone: /);
    const grouped = compare(
      [{ area: "north-province", outcome: "frozen-line" }, { area: "capital", outcome: "frozen-line" }],
      [{ area: "north-province", outcome: "withdrawal", party: "borduria" }, { area: "capital", outcome: "withdrawal", party: "borduria" }],
    );
    expect(grouped.reason).toBe(
      "Opposed on North Province and the Capital: Ruritania wants a freeze at the current line; Borduria wants the withdrawal of Borduria's forces; Ruritania holds them now.",
    );
  });

  it("lets a claim on an area stand for the areas that lie in it, unless they are named", () => {
    const r = compare(
      [{ area: "north-province", outcome: "held-by", party: "ruritania", recognition: "de-jure" }],
      [{ area: "capital", outcome: "held-by", party: "borduria" }],
    );
    expect(r.parts.map((p) => [p.key, p.class])).toEqual([["capital", O]]);
    const named = compare(
      [{ area: "north-province", outcome: "frozen-line" }, { area: "capital", outcome: "held-by", party: "borduria" }],
      [{ area: "capital", outcome: "held-by", party: "borduria" }],
    );
    expect(named.parts.map((p) => [p.key, p.class])).toEqual([["capital", A]]);
  });

  it("lets a claim on `all` stand for each area that side does not name, itself or through an area it lies in", () => {
    const r = compare(
      [{ area: "north-province", outcome: "held-by", party: "ruritania", recognition: "de-jure" }, { area: "south-coast", outcome: "frozen-line" }],
      [{ area: "south-coast", outcome: "withdrawal", party: "borduria" }, { area: "all", outcome: "frozen-line" }],
    );
    expect(r.parts.map((p) => [p.key, p.class])).toEqual([
      ["north-province", O],
      ["south-coast", P],
    ]);
    expect(r.reason).toContain("Opposed on North Province: Ruritania wants control by Ruritania (recognised de jure); Borduria wants a freeze");
  });

  it("compares `all` against `all`: as all areas when neither names one, else as all other areas", () => {
    const alone = compare([{ area: "all", outcome: "frozen-line" }], [{ area: "all", outcome: "withdrawal", party: "ruritania" }]);
    expect(alone.parts).toEqual([expect.objectContaining({ key: "all", label: "all areas", class: P })]);
    const rest = compare(
      [{ area: "river-zone", outcome: "frozen-line" }, { area: "all", outcome: "frozen-line" }],
      [{ area: "all", outcome: "held-by", party: "ruritania", recognition: "de-jure" }],
    );
    expect(rest.parts.map((p) => [p.label, p.class])).toEqual([
      ["River Zone", P],
      ["all other areas", P],
    ]);
  });

  it("reads who holds the rest when both claim `all` from the areas neither names", () => {
    const onlyRuritania = { ...context, areas: context.areas.filter((a) => a.slug !== "south-coast") };
    const r = compare(
      [{ area: "river-zone", outcome: "undecided" }, { area: "all", outcome: "frozen-line" }],
      [{ area: "all", outcome: "held-by", party: "ruritania", recognition: "de-jure" }],
      onlyRuritania,
    );
    expect(r.parts.map((p) => [p.label, p.class])).toEqual([["all other areas", O]]);
    expect(r.reason).toMatch(/Ruritania holds them now|Ruritania holds it now/);
  });

  it("does not count a holding that began after the statement date", () => {
    const a = [{ area: "capital", outcome: "frozen-line" }];
    const b = [{ area: "capital", outcome: "held-by", party: "ruritania", recognition: "de-jure" }];
    expect(compare(a, b, { ...context, asOf: new Date("2025-01-01") }).class).toBe(O);
    expect(compare(a, b, { ...context, asOf: new Date("2023-06-01") }).class).toBe(P);
  });

  it("skips undecided areas, including an undecided `all`, and a named claim overrides that side's `all`", () => {
    const r = compare(
      [{ area: "north-province", outcome: "undecided" }, { area: "south-coast", outcome: "frozen-line" }],
      [{ area: "north-province", outcome: "withdrawal", party: "ruritania" }, { area: "all", outcome: "undecided" }],
    );
    expect(r.class).toBe("unknown");
    expect(r.reason).toContain("Nothing to compare");
  });

  it("names an area the negotiation does not hold by its slug, after the known ones", () => {
    const r = compare([{ area: "lost-valley", outcome: "frozen-line" }, { area: "river-zone", outcome: "demilitarised" }], [{ area: "all", outcome: "demilitarised" }]);
    expect(r.parts.map((p) => p.label)).toEqual(["River Zone", "lost-valley"]);
  });
});

describe("territory compared area by area, for maps", () => {
  const byArea = (a: Claim[], b: Claim[], ctx: CompareContext = context) =>
    Object.fromEntries(compareTerritoryByArea({ claims: a } as TerritoryTerms, { claims: b } as TerritoryTerms, labels, ctx).map((c) => [c.area, c]));

  it("gives every area of the negotiation a class and a reason, in the negotiation's order", () => {
    const result = compareTerritoryByArea({ claims: [] }, { claims: [] }, labels, context);
    expect(result.map((r) => r.area)).toEqual(context.areas.map((a) => a.slug));
    expect(result[0]).toEqual({ area: "north-province", label: "North Province", class: "unknown", reason: "Nothing coded for Ruritania names it; nothing coded for Borduria names it" });
  });

  it("compares an area neither names by the claims that stand for it: its parent's, else `all`", () => {
    const result = byArea(
      [{ area: "north-province", outcome: "held-by", party: "ruritania", recognition: "de-jure" }, { area: "all", outcome: "frozen-line" }],
      [{ area: "all", outcome: "withdrawal", party: "ruritania" }],
    );
    // The Capital lies in North Province: Ruritania's claim on the province stands for it.
    expect(result.capital).toMatchObject({ class: "opposed", reason: "Ruritania wants control by Ruritania (recognised de jure); Borduria wants the withdrawal of Ruritania's forces" });
    // South Coast, held by Borduria: a freeze against Ruritania's forces leaving, which Borduria holding it already meets.
    expect(result["south-coast"]).toMatchObject({ class: compare([{ area: "south-coast", outcome: "frozen-line" }], [{ area: "south-coast", outcome: "withdrawal", party: "ruritania" }]).class });
    expect(result["river-zone"]!.reason).toContain("who holds it now is not recorded");
  });

  it("says which side is silent or leaves the area undecided", () => {
    const result = byArea([{ area: "river-zone", outcome: "undecided" }], [{ area: "north-province", outcome: "frozen-line" }]);
    expect(result["river-zone"]).toMatchObject({ class: "unknown", reason: "Ruritania leaves it undecided; nothing coded for Borduria names it" });
    expect(result["north-province"]).toMatchObject({ class: "unknown", reason: "Nothing coded for Ruritania names it" });
  });

  it("agrees with the row's comparison on the areas a side names", () => {
    const a: Claim[] = [{ area: "north-province", outcome: "frozen-line" }, { area: "south-coast", outcome: "held-by", party: "ruritania" }];
    const b: Claim[] = [{ area: "north-province", outcome: "held-by", party: "ruritania", recognition: "de-jure" }, { area: "south-coast", outcome: "frozen-line" }];
    const row = compare(a, b);
    const result = byArea(a, b);
    for (const part of row.parts) expect(result[part.key], part.key).toMatchObject({ class: part.class, reason: part.reason });
  });
});
