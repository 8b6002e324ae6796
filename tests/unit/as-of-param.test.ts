import { describe, expect, it } from "vitest";
import { asOfDate, formatAsOf, parseAsOfParam, todayText } from "@/lib/dates/as-of-param";

describe("the asOf parameter", () => {
  it("reads a real calendar date as the start of that day (UTC)", () => {
    const p = parseAsOfParam("2022-04-01");
    expect(p).toEqual({ kind: "valid", date: new Date("2022-04-01T00:00:00Z"), text: "2022-04-01" });
    expect(asOfDate(p)).toEqual(new Date("2022-04-01T00:00:00Z"));
    expect(parseAsOfParam(["2024-02-29", "2025-01-01"])).toMatchObject({ kind: "valid", text: "2024-02-29" });
  });

  it("treats a missing or blank value as today's record", () => {
    expect(parseAsOfParam(undefined)).toEqual({ kind: "none" });
    expect(parseAsOfParam("  ")).toEqual({ kind: "none" });
    expect(asOfDate(parseAsOfParam(undefined))).toBeUndefined();
  });

  it("reports dates that do not exist and other formats, without throwing", () => {
    for (const bad of ["2022-02-30", "abc", "2022-04", "2022", "01/04/2022", "2022-4-1", "1899-12-31", "<script>"]) {
      const p = parseAsOfParam(bad);
      expect(p.kind, bad).toBe("invalid");
      expect(asOfDate(p)).toBeUndefined();
    }
    const long = parseAsOfParam("x".repeat(500));
    expect(long.kind === "invalid" && long.message.length).toBeLessThan(250);
  });

  it("formats the banner date and today's date", () => {
    expect(formatAsOf(new Date("2022-04-01T00:00:00Z"))).toBe("1 April 2022");
    expect(todayText(new Date("2026-11-27T23:59:00Z"))).toBe("2026-11-27");
  });
});
