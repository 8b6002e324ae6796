// Messages for bad input say what to do in plain words, never a library's default.
import { describe, expect, it } from "vitest";
import { compareQuery } from "@/lib/api/schemas/compare";
import { searchInput } from "@/lib/search/search-input";
import { recordIds } from "@/lib/validation/text-field";
import { plural } from "@/lib/words/plural";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("plain messages", () => {
  it("make plurals as English does", () => {
    expect(["party", "source", "issue", "day", "box", "match"].map(plural)).toEqual(["parties", "sources", "issues", "days", "boxes", "matches"]);
  });

  it("for a list of ids over its limit", () => {
    expect(messages(recordIds("party", { max: 2 }).safeParse(["a", "b", "c"]))).toEqual(["Choose at most 2 parties"]);
  });

  it("for a comparison with no negotiation", () => {
    expect(messages(compareQuery.safeParse({}))).toEqual(["Name the negotiation to compare in, by its slug"]);
  });

  it("for a search page out of range", () => {
    expect(messages(searchInput.safeParse({ q: "ceasefire", page: "0" }))).toEqual(["Give the page as a whole number from 1 to 25"]);
    expect(messages(searchInput.safeParse({ q: "ceasefire", page: "two" }))).toEqual(["Give the page as a whole number from 1 to 25"]);
  });
});
