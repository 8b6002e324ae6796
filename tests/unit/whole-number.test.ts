import { describe, expect, it } from "vitest";
import { pageQuery } from "@/lib/api/schemas/common";
import { pointRowInput } from "@/lib/plan-points/plan-points-input";
import { searchInput } from "@/lib/search/search-input";
import { orderField, versionField } from "@/lib/validation/text-field";
import { readWholeNumber } from "@/lib/validation/whole-number";

// What `Number()` would read as a number although nobody typed one.
const notWholeNumbers = ["0x10", "0b11", "0o7", "1e3", "1.0", "12abc", "Infinity", "½", true, false, [], [3], {}];

describe("whole numbers from forms, query strings and JSON", () => {
  it("reads numbers, and decimal digits with a sign or spaces around them", () => {
    expect(readWholeNumber(7)).toBe(7);
    expect(readWholeNumber("12")).toBe(12);
    expect(readWholeNumber(" 12 ")).toBe(12);
    expect(readWholeNumber("+3")).toBe(3);
    expect(readWholeNumber("-3")).toBe(-3);
    expect(readWholeNumber("007")).toBe(7);
  });

  it("reads a blank string as nothing given", () => {
    expect(readWholeNumber("")).toBeUndefined();
    expect(readWholeNumber("  ")).toBeUndefined();
  });

  it("leaves anything else as it was given, for the field to refuse", () => {
    for (const value of notWholeNumbers) expect(readWholeNumber(value)).toBe(value);
  });

  it("refuses hexadecimal, exponents, booleans and the like in every whole-number field, with the field's message", () => {
    for (const value of notWholeNumbers) {
      expect(pageQuery.safeParse({ limit: value }).error?.issues[0]?.message, String(value)).toBe("Give the limit as a whole number from 1 to 200");
      expect(searchInput.safeParse({ q: "ceasefire", page: value }).error?.issues[0]?.message, String(value)).toBe("Give the page as a whole number from 1 to 25");
      expect(orderField.safeParse(value).error?.issues[0]?.message, String(value)).toBe("Give the order as a whole number");
      expect(versionField.safeParse(value).error?.issues[0]?.message, String(value)).toMatch(/^The record's version (is missing|must be a whole number)/);
    }
  });

  it("keeps what the forms relied on: a blank order is 0, a blank page the first, a blank point version a new point", () => {
    expect(orderField.parse("")).toBe(0);
    expect(orderField.parse("3")).toBe(3);
    expect(searchInput.parse({ q: "ceasefire", page: "" }).page).toBe(1);
    expect(pageQuery.parse({ limit: "20" }).limit).toBe(20);
    expect(pageQuery.parse({}).limit).toBe(50);
    expect(versionField.parse("4")).toBe(4);
    const row = pointRowInput.safeParse({ number: "1", summary: "North Province demilitarised", issueIds: [], version: "" });
    expect(row.success && row.data.version).toBeNull();
  });
});
