import { describe, expect, it } from "vitest";
import { searchInput } from "@/lib/search/search-input";
import { canonicalSearchQuery, kindHref, pageWindow, readSearchState, searchHref } from "@/lib/search/search-params";

describe("search URL state", () => {
  it("reads the first value of each known parameter and ignores the rest", () => {
    expect(readSearchState({ q: ["prisoners", "x"], party: "ruritania", utm: "y" })).toEqual({ q: "prisoners", party: "ruritania" });
  });

  it("writes links that change one thing, leaving out blanks and page 1", () => {
    const state = { q: "prisoner exchange", party: "ruritania", stance: "", page: "3" };
    expect(searchHref(state, { page: 4 })).toBe("/search?q=prisoner%20exchange&party=ruritania&page=4");
    expect(searchHref(state, { page: 1 })).toBe("/search?q=prisoner%20exchange&party=ruritania");
    expect(kindHref(state, "commitment")).toBe("/search?q=prisoner%20exchange&party=ruritania&kind=commitment");
    expect(kindHref({ ...state, kind: "source" }, null)).toBe("/search?q=prisoner%20exchange&party=ruritania");
    expect(searchHref({})).toBe("/search");
  });

  it("offers the first, last and nearby pages with gaps between", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(10, 25)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 25]);
    expect(pageWindow(25, 25)).toEqual([1, "gap", 23, 24, 25]);
  });
});

describe("the tidy search address", () => {
  it("drops a form's empty filters and page 1, keeping a blank question", () => {
    expect(canonicalSearchQuery({ q: "ceasefire", negotiation: "", party: "ruritania", stance: "", page: "1", utm: "x" })).toBe("q=ceasefire&party=ruritania");
    expect(canonicalSearchQuery({ q: "", party: "" })).toBe("q=");
    expect(canonicalSearchQuery({})).toBe("");
  });
});

describe("search parameters a reader did not choose from the form", () => {
  it("are refused in words a reader can act on, not as a list of codes", () => {
    const result = searchInput.safeParse({ q: "ceasefire", kind: "positions", stance: "support", attribution: "rumour" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      kind: "Choose one of the kinds of record listed",
      stance: "Choose one of the stances listed",
      attribution: "Choose one of the kinds of source listed",
    });
    expect(searchInput.safeParse({ q: "ceasefire", kind: "position", stance: "demands", attribution: "analyst" }).success).toBe(true);
  });
});
