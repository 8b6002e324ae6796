import { describe, expect, it } from "vitest";
import {
  formatPartialDate,
  formatPartialDateText,
  parsePartialDate,
  toPartialDateText,
} from "@/lib/dates/partial-date";

describe("partial dates", () => {
  it("keeps the precision it was given", () => {
    expect(parsePartialDate("2025-05-16")).toEqual({ date: new Date("2025-05-16T00:00:00Z"), precision: "day" });
    expect(parsePartialDate("2025-12")).toEqual({ date: new Date("2025-12-01T00:00:00Z"), precision: "month" });
    expect(parsePartialDate("2024")).toEqual({ date: new Date("2024-01-01T00:00:00Z"), precision: "year" });
  });

  it("refuses dates that do not exist or are not dates", () => {
    for (const bad of ["2025-02-30", "2025-13", "25-05-16", "May 2025", "", "2025-5-1", "0001-01-01"]) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });

  it("shows a month-only date as the month, never a made-up day", () => {
    const { date, precision } = parsePartialDate("2025-12")!;
    expect(formatPartialDate(date, precision)).toBe("December 2025");
    expect(formatPartialDate(new Date("2025-05-16T00:00:00Z"), "day")).toBe("16 May 2025");
    expect(formatPartialDateText("2024")).toBe("2024");
    expect(toPartialDateText(date, precision)).toBe("2025-12");
  });

  it("sorts a month-only date with the first day of its month", () => {
    const month = parsePartialDate("2025-12")!.date.getTime();
    expect(month).toBeLessThan(parsePartialDate("2025-12-05")!.date.getTime());
    expect(month).toBeGreaterThan(parsePartialDate("2025-11-30")!.date.getTime());
  });
});
