import { describe, expect, it } from "vitest";
import { listNumericSeries } from "@/lib/compare";

describe("listNumericSeries", () => {
  it("extracts troop, tank and artillery caps per party with labels, units and the range", () => {
    const series = listNumericSeries("military-limits", [
      { partyId: "russia", label: "Russia", terms: { maxTroops: 85_000, maxTanks: 343, maxArtillery: 519 } },
      { partyId: "ukraine", label: "Ukraine", terms: { maxTroops: 250_000, maxTanks: 800, maxArtillery: 1_900 } },
      { partyId: "united-states", label: "United States", terms: { maxTroops: 600_000, capsAccepted: true } },
    ]);
    expect(series.map((s) => [s.key, s.label, s.unit])).toEqual([
      ["maxTroops", "Troop cap", "troops"],
      ["maxTanks", "Tank cap", "tanks"],
      ["maxArtillery", "Artillery cap", "artillery pieces"],
    ]);
    expect(series[0]?.points).toEqual([
      { partyId: "russia", label: "Russia", value: 85_000 },
      { partyId: "ukraine", label: "Ukraine", value: 250_000 },
      { partyId: "united-states", label: "United States", value: 600_000 },
    ]);
    expect(series[0]?.range).toEqual({ min: 85_000, max: 600_000, gap: 515_000 });
    expect(series[1]?.points[2]?.value).toBeNull();
  });

  it("extracts the ceasefire length in days", () => {
    const series = listNumericSeries("ceasefire", [
      { partyId: "russia", label: "Russia", terms: { type: "none" } },
      { partyId: "ukraine", label: "Ukraine", terms: { type: "unconditional", durationDays: 30 } },
      { partyId: "europe", label: "Europe", terms: { durationDays: 90 } },
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ key: "durationDays", unit: "days", range: { min: 30, max: 90, gap: 60 } });
    expect(series[0]?.points.map((p) => p.value)).toEqual([null, 30, 90]);
  });

  it("leaves out a series no party gives a figure for", () => {
    const series = listNumericSeries("military-limits", [
      { partyId: "russia", label: "Russia", terms: { capsAccepted: true } },
      { partyId: "ukraine", label: "Ukraine", terms: { maxTanks: 800 } },
    ]);
    expect(series.map((s) => s.key)).toEqual(["maxTanks"]);
  });

  it("has no series for kinds without numbers, or terms that do not parse", () => {
    expect(listNumericSeries("territory", [{ partyId: "x", label: "X", terms: { claims: [] } }])).toEqual([]);
    expect(listNumericSeries("military-limits", [{ partyId: "x", label: "X", terms: { maxTroops: "85000" } }])).toEqual([]);
  });
});
