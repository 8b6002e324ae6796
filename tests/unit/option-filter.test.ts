import { describe, expect, it } from "vitest";
import { matchCountText, matchesEvery, queryWords, searchText } from "@/lib/forms/option-filter";

const labels = [
  "Freedonia Gazette: Talks resume in Fenwick (16 May 2025)",
  "Borduria Today: Ceasefire holds (March 2025)",
  "Le Courrier: Négociations à Zénda (2 April 2025)",
  "Freedonia Gazette: Envoy’s letter published",
].map(searchText);
const found = (query: string) => labels.flatMap((label, i) => (matchesEvery(label, queryWords(query)) ? [i] : []));

describe("narrowing a long select by words typed", () => {
  it("matches everything for an empty or blank box", () => {
    expect(queryWords("   ")).toEqual([]);
    expect(found("")).toEqual([0, 1, 2, 3]);
  });

  it("keeps labels holding every word, in any order and case", () => {
    expect(found("freedonia")).toEqual([0, 3]);
    expect(found("FENWICK  freedonia")).toEqual([0]);
    expect(found("2025 march")).toEqual([1]);
    expect(found("16 may")).toEqual([0]);
    expect(found("freedonia march")).toEqual([]);
  });

  it("ignores accents and curly quotes on either side", () => {
    expect(found("negociations zenda")).toEqual([2]);
    expect(found("Zénda")).toEqual([2]);
    expect(found("envoy's")).toEqual([3]);
    expect(searchText("Négociations ‘à’")).toBe("negociations 'a'");
  });

  it("says how many match of how many", () => {
    expect(matchCountText(12, 812, "source", "sources")).toBe("12 of 812 sources match");
    expect(matchCountText(1, 812, "source", "sources")).toBe("1 of 812 sources matches");
    expect(matchCountText(0, 1, "source", "sources")).toBe("0 of 1 source match");
  });
});
