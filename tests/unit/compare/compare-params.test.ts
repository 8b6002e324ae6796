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
    expect(readList("ruritania,borduria")).toEqual(["ruritania", "borduria"]);
    expect(readList(["ruritania", "Borduria , freedonia", "ruritania"])).toEqual(["ruritania", "borduria", "freedonia"]);
    expect(readList(",, ,")).toEqual([]);
    expect(readList(undefined)).toEqual([]);
  });

  it("caps the number and length of names", () => {
    expect(readList(Array.from({ length: 80 }, (_, i) => `p${i}`).join(","))).toHaveLength(50);
    expect(readList(`${"x".repeat(101)},ok`)).toEqual(["ok"]);
  });

  it("means every issue when none is named, and reads asOf", () => {
    const p = parseCompareParams({ parties: "ruritania,borduria" });
    expect(p).toMatchObject({ parties: ["ruritania", "borduria"], issues: null, asOf: { kind: "none" } });
    expect(parseCompareParams({ issues: "territory", asOf: "2022-04-01" })).toMatchObject({
      issues: ["territory"],
      asOf: { kind: "valid", text: "2022-04-01" },
    });
    expect(parseCompareParams({ asOf: "2022-02-30" }).asOf.kind).toBe("invalid");
  });

  it("writes parties, issues and asOf in one order, commas unescaped", () => {
    expect(compareQuery({ parties: ["ruritania", "borduria"], issues: ["territory", "ceasefire"], asOf: "2022-04-01" })).toBe(
      "parties=ruritania,borduria&issues=territory,ceasefire&asOf=2022-04-01",
    );
    expect(compareHref("ruritania-talks", { parties: [], issues: null })).toBe("/negotiations/ruritania-talks/compare");
    expect(compareQuery({ parties: ["a&b"], issues: null })).toBe("parties=a%26b");
  });

  it("drops the issue list when it names every issue, and a blank asOf", () => {
    const all = ["ceasefire", "territory"];
    expect(canonicalCompareQuery(parseCompareParams({ parties: ["ruritania", "borduria"], issues: ["territory", "ceasefire"], asOf: "" }), all)).toBe(
      "parties=ruritania,borduria",
    );
    expect(canonicalCompareQuery(parseCompareParams({ parties: "ruritania", issues: "territory" }), all)).toBe("parties=ruritania&issues=territory");
  });

  it("is a fixed point: the canonical query parses back to itself", () => {
    const all = ["ceasefire", "territory", "alliance-neutrality"];
    for (const given of [
      { parties: ["Ruritania", "borduria"], issues: ["territory"], asOf: " 2022-04-01" },
      { parties: "ruritania,,borduria", asOf: "abc" },
      { issues: ["ceasefire", "territory", "alliance-neutrality"] },
    ]) {
      const once = canonicalCompareQuery(parseCompareParams(given), all);
      const params = Object.fromEntries(new URLSearchParams(once));
      expect(isSameQuery(params, once), once).toBe(true);
      expect(canonicalCompareQuery(parseCompareParams(params), all)).toBe(once);
    }
  });

  it("tells a form submission from the canonical address", () => {
    expect(isSameQuery({ parties: ["ruritania", "borduria"] }, "parties=ruritania,borduria")).toBe(false);
    expect(isSameQuery({ parties: "ruritania,borduria" }, "parties=ruritania,borduria")).toBe(true);
    expect(isSameQuery({ parties: "ruritania,borduria", asOf: "" }, "parties=ruritania,borduria")).toBe(false);
    expect(isSameQuery({ parties: "ruritania,borduria", utm: "x" }, "parties=ruritania,borduria")).toBe(false);
    expect(isSameQuery({}, "")).toBe(true);
  });
});
