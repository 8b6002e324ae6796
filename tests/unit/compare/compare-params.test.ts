import { describe, expect, it } from "vitest";
import {
  canonicalCompareQuery,
  compareHref,
  compareQuery,
  isSameQuery,
  parseCompareParams,
  readList,
} from "@/lib/compare/compare-params";

describe("compare URL state", () => {
  it("reads comma lists and repeated parameters alike, trimmed, lower-cased and without repeats", () => {
    expect(readList("russia,ukraine")).toEqual(["russia", "ukraine"]);
    expect(readList(["russia", "Ukraine , united-states", "russia"])).toEqual(["russia", "ukraine", "united-states"]);
    expect(readList(",, ,")).toEqual([]);
    expect(readList(undefined)).toEqual([]);
  });

  it("caps the number and length of names", () => {
    expect(readList(Array.from({ length: 80 }, (_, i) => `p${i}`).join(","))).toHaveLength(50);
    expect(readList(`${"x".repeat(101)},ok`)).toEqual(["ok"]);
  });

  it("means every issue when none is named, and reads asOf", () => {
    const p = parseCompareParams({ parties: "russia,ukraine" });
    expect(p).toMatchObject({ parties: ["russia", "ukraine"], issues: null, asOf: { kind: "none" } });
    expect(parseCompareParams({ issues: "territory", asOf: "2022-04-01" })).toMatchObject({
      issues: ["territory"],
      asOf: { kind: "valid", text: "2022-04-01" },
    });
    expect(parseCompareParams({ asOf: "2022-02-30" }).asOf.kind).toBe("invalid");
  });

  it("writes parties, issues and asOf in one order, commas unescaped", () => {
    expect(compareQuery({ parties: ["russia", "ukraine"], issues: ["territory", "ceasefire"], asOf: "2022-04-01" })).toBe(
      "parties=russia,ukraine&issues=territory,ceasefire&asOf=2022-04-01",
    );
    expect(compareHref("russia-ukraine", { parties: [], issues: null })).toBe("/negotiations/russia-ukraine/compare");
    expect(compareQuery({ parties: ["a&b"], issues: null })).toBe("parties=a%26b");
  });

  it("drops the issue list when it names every issue, and a blank asOf", () => {
    const all = ["ceasefire", "territory"];
    expect(canonicalCompareQuery(parseCompareParams({ parties: ["russia", "ukraine"], issues: ["territory", "ceasefire"], asOf: "" }), all)).toBe(
      "parties=russia,ukraine",
    );
    expect(canonicalCompareQuery(parseCompareParams({ parties: "russia", issues: "territory" }), all)).toBe("parties=russia&issues=territory");
  });

  it("is a fixed point: the canonical query parses back to itself", () => {
    const all = ["ceasefire", "territory", "neutrality-nato"];
    for (const given of [
      { parties: ["Russia", "ukraine"], issues: ["territory"], asOf: " 2022-04-01" },
      { parties: "russia,,ukraine", asOf: "abc" },
      { issues: ["ceasefire", "territory", "neutrality-nato"] },
    ]) {
      const once = canonicalCompareQuery(parseCompareParams(given), all);
      const params = Object.fromEntries(new URLSearchParams(once));
      expect(isSameQuery(params, once), once).toBe(true);
      expect(canonicalCompareQuery(parseCompareParams(params), all)).toBe(once);
    }
  });

  it("tells a form submission from the canonical address", () => {
    expect(isSameQuery({ parties: ["russia", "ukraine"] }, "parties=russia,ukraine")).toBe(false);
    expect(isSameQuery({ parties: "russia,ukraine" }, "parties=russia,ukraine")).toBe(true);
    expect(isSameQuery({ parties: "russia,ukraine", asOf: "" }, "parties=russia,ukraine")).toBe(false);
    expect(isSameQuery({ parties: "russia,ukraine", utm: "x" }, "parties=russia,ukraine")).toBe(false);
    expect(isSameQuery({}, "")).toBe(true);
  });
});
