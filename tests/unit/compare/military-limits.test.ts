import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";
import { isWithinTenPercent } from "@/lib/compare/military-limits";
import type { MilitaryLimitsTerms } from "@/lib/terms";

const labels = { a: "Ruritania", b: "Borduria" };
const compare = (a: MilitaryLimitsTerms, b: MilitaryLimitsTerms) => compareTerms("military-limits", a, b, labels);

describe("the 10% boundary", () => {
  it.each([
    [90_000, 100_000, true],
    [89_999, 100_000, false],
    // Measured against the larger figure: 10,000 is 9.1% of 110,000 (but 10% of 100,000).
    [100_000, 110_000, true],
    [100_000, 111_111, true],
    [100_000, 111_112, false],
    [99_000, 110_000, true],
    [0, 0, true],
    [0, 1, false],
  ])("%i vs %i within 10%%: %s", (x, y, expected) => {
    expect(isWithinTenPercent(x, y)).toBe(expected);
    expect(isWithinTenPercent(y, x)).toBe(expected);
  });

  it("is aligned exactly at 10% and partly aligned just past it", () => {
    expect(compare({ maxTroops: 90_000 }, { maxTroops: 100_000 }).class).toBe("aligned");
    expect(compare({ maxTroops: 89_999 }, { maxTroops: 100_000 }).class).toBe("partly-aligned");
  });
});

describe("compareTerms: military limits", () => {
  it("is aligned with equal caps", () => {
    const r = compare({ maxTroops: 800_000, capsAccepted: true }, { maxTroops: 800_000 });
    expect(r.class).toBe("aligned");
    expect(r.reason).toBe("Aligned on troop cap: Ruritania and Borduria both want a cap of 800,000 troops.");
  });

  it("gives the figures and the gap when caps differ by more than 10%", () => {
    const r = compare(
      { maxTroops: 85_000, maxTanks: 343, maxArtillery: 519, capsAccepted: true },
      { maxTroops: 250_000, maxTanks: 800, maxArtillery: 1_900, capsAccepted: true },
    );
    expect(r.class).toBe("partly-aligned");
    expect(r.parts.map((p) => p.key)).toEqual(["maxTroops", "maxTanks", "maxArtillery"]);
    expect(r.parts[0]?.reason).toBe("Ruritania 85,000 vs Borduria 250,000 troops: a gap of 165,000");
    expect(r.parts[2]?.reason).toBe("Ruritania 519 vs Borduria 1,900 artillery pieces: a gap of 1,381");
  });

  it("says a small gap is within 10%", () => {
    expect(compare({ maxTanks: 95 }, { maxTanks: 100 }).parts[0]?.reason).toBe(
      "Ruritania 95 vs Borduria 100 tanks: a gap of 5, within 10%",
    );
  });

  it("takes the worst figure", () => {
    const r = compare({ maxTroops: 100_000, maxTanks: 300 }, { maxTroops: 100_000, maxTanks: 900 });
    expect(r.class).toBe("partly-aligned");
  });

  it("is partly aligned when both accept caps but give no figures to compare", () => {
    const r = compare({ capsAccepted: true }, { maxTroops: 250_000, capsAccepted: true });
    expect(r.class).toBe("partly-aligned");
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0]?.reason).toContain("both accept caps, but give no figures to compare");
    expect(r.parts[0]?.reason).toContain("Borduria: 250,000 troops");
  });

  it("is opposed when a cap meets a refusal of caps", () => {
    const r = compare({ maxTroops: 85_000 }, { capsAccepted: false });
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe("Opposed on caps: Ruritania wants caps (85,000 troops), Borduria refuses caps.");
    expect(compare({ capsAccepted: false }, { capsAccepted: true }).reason).toBe(
      "Opposed on caps: Borduria wants caps, Ruritania refuses caps.",
    );
  });

  it("is aligned when both refuse caps", () => {
    expect(compare({ capsAccepted: false }, { capsAccepted: false }).class).toBe("aligned");
  });

  it("treats a figure as accepting caps even when capsAccepted is blank", () => {
    expect(compare({ maxTroops: 85_000 }, { maxTanks: 800 }).class).toBe("partly-aligned");
    expect(compare({ maxTroops: 85_000 }, { capsAccepted: false }).class).toBe("opposed");
  });

  it("is unknown when one side states nothing", () => {
    const r = compare({ maxTroops: 85_000 }, {});
    expect(r).toEqual({ class: "unknown", parts: [], reason: "Borduria has no structured terms on this issue." });
  });
});
