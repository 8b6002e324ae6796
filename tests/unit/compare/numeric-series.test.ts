import { describe, expect, it } from "vitest";
import { listNumericSeries } from "@/lib/compare";
import { seriesFigure, seriesValue } from "@/lib/compare/numeric-series";

describe("listNumericSeries", () => {
  it("extracts troop, tank and artillery caps per party with labels, units and the range", () => {
    const series = listNumericSeries("military-limits", [
      { partyId: "ruritania", label: "Ruritania", terms: { maxTroops: 85_000, maxTanks: 343, maxArtillery: 519 } },
      { partyId: "borduria", label: "Borduria", terms: { maxTroops: 250_000, maxTanks: 800, maxArtillery: 1_900 } },
      { partyId: "freedonia", label: "Freedonia", terms: { maxTroops: 600_000, capsAccepted: true } },
    ]);
    expect(series.map((s) => [s.key, s.label, s.unit])).toEqual([
      ["maxTroops", "Troop cap", "troops"],
      ["maxTanks", "Tank cap", "tanks"],
      ["maxArtillery", "Artillery cap", "artillery pieces"],
    ]);
    expect(series[0]?.points).toEqual([
      { partyId: "ruritania", label: "Ruritania", value: 85_000 },
      { partyId: "borduria", label: "Borduria", value: 250_000 },
      { partyId: "freedonia", label: "Freedonia", value: 600_000 },
    ]);
    expect(series[0]?.range).toEqual({ min: 85_000, max: 600_000, gap: 515_000 });
    expect(series[1]?.points[2]?.value).toBeNull();
  });

  it("extracts aid trucks a day", () => {
    const series = listNumericSeries("aid-access", [
      { partyId: "ruritania", label: "Ruritania", terms: { access: "halted" } },
      { partyId: "borduria", label: "Borduria", terms: { trucksPerDay: 350 } },
      { partyId: "the-agency", label: "The Agency", terms: { trucksPerDay: 600, distributor: "The Agency" } },
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ key: "trucksPerDay", label: "Aid trucks a day", unit: "trucks a day", range: { min: 350, max: 600, gap: 250 } });
    expect(series[0]?.points.map((p) => p.value)).toEqual([null, 350, 600]);
  });

  it("extracts funding in dollars and its period", () => {
    const series = listNumericSeries("funding", [
      { partyId: "ruritania", label: "Ruritania", terms: { amountUsd: 53e9, durationYears: 5 } },
      { partyId: "borduria", label: "Borduria", terms: { amountUsd: 53.2e9, durationYears: 10 } },
    ]);
    expect(series.map((s) => [s.key, s.unit])).toEqual([
      ["amountUsd", "US dollars"],
      ["durationYears", "years"],
    ]);
    expect(series[0]?.points.map((p) => p.value)).toEqual([53e9, 53.2e9]);
    // Money reads as money, beside its bar and in the table; other figures keep their unit.
    expect([seriesFigure(series[0]!, 53.2e9), seriesValue(series[0]!, 53e9), seriesValue(series[0]!, 2e8)]).toEqual(["$53.2 billion", "$53 billion", "$200 million"]);
    expect([seriesFigure(series[1]!, 10), seriesValue(series[1]!, 10)]).toEqual(["10", "10 years"]);
  });

  it("extracts a force's size", () => {
    const series = listNumericSeries("deployment", [
      { partyId: "ruritania", label: "Ruritania", terms: { allowed: false } },
      { partyId: "borduria", label: "Borduria", terms: { size: 5000 } },
    ]);
    expect(series.map((s) => [s.key, s.label, s.unit])).toEqual([["size", "Force size", "troops"]]);
    expect(series[0]?.points.map((p) => p.value)).toEqual([null, 5000]);
  });

  it("extracts the ceasefire length in days", () => {
    const series = listNumericSeries("ceasefire", [
      { partyId: "ruritania", label: "Ruritania", terms: { type: "none" } },
      { partyId: "borduria", label: "Borduria", terms: { type: "unconditional", durationDays: 30 } },
      { partyId: "elbonia", label: "Elbonia", terms: { durationDays: 90 } },
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ key: "durationDays", unit: "days", range: { min: 30, max: 90, gap: 60 } });
    expect(series[0]?.points.map((p) => p.value)).toEqual([null, 30, 90]);
  });

  it("draws an exchange's figures per releasing party, whichever side they are written on", () => {
    const context = { areas: [], parties: { ruritania: "Ruritania", borduria: "Borduria" } };
    const series = listNumericSeries(
      "exchange",
      [
        { partyId: "r", label: "Ruritania", terms: { formula: "numbers", sideA: { party: "ruritania", count: 1200 }, sideB: { party: "borduria", count: 1200 } } },
        { partyId: "b", label: "Borduria", terms: { formula: "numbers", sideA: { party: "borduria", count: 1000 }, sideB: { party: "ruritania" } } },
        { partyId: "f", label: "Freedonia", terms: { formula: "all-for-all" } },
      ],
      context,
    );
    expect(series.map((s) => [s.key, s.label, s.unit, s.points.map((p) => p.value), s.range])).toEqual([
      ["released-ruritania", "Released by Ruritania", "people", [1200, null, null], { min: 1200, max: 1200, gap: 0 }],
      ["released-borduria", "Released by Borduria", "people", [1200, 1000, null], { min: 1000, max: 1200, gap: 200 }],
    ]);
  });

  it("draws the other newer kinds' figures: guarantee length, membership timeline, days to elections", () => {
    const years = listNumericSeries("security-guarantees", [
      { partyId: "r", label: "Ruritania", terms: { durationYears: 30 } },
      { partyId: "b", label: "Borduria", terms: { durationYears: 15, guarantee: "collective-defence" } },
    ]);
    expect(years.map((s) => [s.label, s.unit, s.range])).toEqual([["Guarantee length", "years", { min: 15, max: 30, gap: 15 }]]);
    expect(listNumericSeries("elections", [{ partyId: "r", label: "Ruritania", terms: { withinDays: 90 } }])[0]).toMatchObject({ label: "Elections within", unit: "days" });
    expect(listNumericSeries("membership", [{ partyId: "r", label: "Ruritania", terms: { timelineYears: 5 } }])[0]).toMatchObject({ key: "timelineYears", unit: "years" });
  });

  it("leaves out a series no party gives a figure for", () => {
    const series = listNumericSeries("military-limits", [
      { partyId: "ruritania", label: "Ruritania", terms: { capsAccepted: true } },
      { partyId: "borduria", label: "Borduria", terms: { maxTanks: 800 } },
    ]);
    expect(series.map((s) => s.key)).toEqual(["maxTanks"]);
  });

  it("has no series for kinds without numbers, or terms that do not parse", () => {
    expect(listNumericSeries("territory", [{ partyId: "x", label: "X", terms: { claims: [] } }])).toEqual([]);
    expect(listNumericSeries("military-limits", [{ partyId: "x", label: "X", terms: { maxTroops: "85000" } }])).toEqual([]);
  });
});
