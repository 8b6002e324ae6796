import { describe, expect, it } from "vitest";
import { formatTick, linearScale, safeColour, scaleTo } from "@/components/charts/scale";

describe("chart scale", () => {
  it("runs from zero to a round number at or above the largest figure", () => {
    expect(linearScale(250_000)).toEqual({ max: 300_000, ticks: [0, 100_000, 200_000, 300_000] });
    expect(linearScale(800_000)).toEqual({ max: 800_000, ticks: [0, 200_000, 400_000, 600_000, 800_000] });
    expect(linearScale(30)).toEqual({ max: 30, ticks: [0, 10, 20, 30] });
    expect(linearScale(90)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(linearScale(1).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("never divides by zero", () => {
    expect(linearScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(linearScale(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it("places values along the length", () => {
    const s = linearScale(250_000);
    expect(scaleTo(150_000, s, 300)).toBe(150);
    expect(scaleTo(-5, s, 300)).toBe(0);
  });

  it("labels ticks briefly and lets only hex colours through", () => {
    expect(formatTick(300_000)).toMatch(/^300k$/i);
    expect(formatTick(25)).toBe("25");
    expect(safeColour("#0072b2")).toBe("#0072b2");
    for (const bad of ["red", "url(#x)", "#12345", "", null, undefined]) expect(safeColour(bad)).toBe("#999999");
  });
});
