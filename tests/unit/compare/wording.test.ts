import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare/compare-terms";
import { describeWants, isPluralName, subject, verbFor } from "@/lib/compare/wording";

describe("a party's name and its verb agree", () => {
  it.each([
    ["Northern powers", true],
    ["Southern states", true],
    ["Ruritania", false],
    // Proper names ending in s are one party: capitalised, or an acronym.
    ["Thalas", false],
    ["United Provinces", false],
    ["Ruritanian Isles", false],
    ["OFN", false],
    ["NPU", false],
    // Lower-case words ending in s that are not plurals.
    ["Ruritanian congress", false],
    ["Borduria's consensus", false],
    ["", false],
  ] as const)("%s takes a plural verb: %s", (name, plural) => {
    expect(isPluralName(name)).toBe(plural);
  });

  it("makes regular and irregular verbs plural only for a plural name", () => {
    expect(subject("Northern powers", "wants")).toBe("Northern powers want");
    expect(subject("Northern powers", "has")).toBe("Northern powers have");
    expect(subject("Northern powers", "leaves")).toBe("Northern powers leave");
    expect(verbFor("Northern powers", "is")).toBe("are");
    expect(subject("Ruritania", "wants")).toBe("Ruritania wants");
    expect(subject("Borduria", "has")).toBe("Borduria has");
  });

  it("in the reasons comparisons give", () => {
    expect(describeWants({ a: "Ruritania", b: "Northern powers" }, "x", "y")).toBe("Ruritania wants x, Northern powers want y");
    const blank = compareTerms("ceasefire", {}, { type: "full" }, { a: "Northern powers", b: "Ruritania" });
    expect(blank.reason).toBe("Northern powers have no structured terms on this issue.");
    const neither = compareTerms("ceasefire", {}, {}, { a: "Ruritania", b: "Northern powers" });
    expect(neither.reason).toBe("Neither Ruritania nor Northern powers have structured terms on this issue.");
  });
});
