import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";
import { issueKinds } from "@/lib/vocab";

const labels = { a: "Ruritania", b: "Borduria" };

describe("compareTerms: general", () => {
  it("is never compared by rule, even with identical terms", () => {
    const r = compareTerms("general", {}, {}, labels);
    expect(r).toEqual({
      class: "unknown",
      parts: [],
      reason: "General issues are not compared by rule: the positions are shown side by side.",
    });
  });
});

describe("compareTerms: any kind", () => {
  it.each(issueKinds)("%s is unknown when neither side has terms", (kind) => {
    const r = compareTerms(kind, null, undefined, labels);
    expect(r.class).toBe("unknown");
    expect(r.parts).toEqual([]);
  });

  it("treats a territory with no claims as blank", () => {
    const r = compareTerms("territory", { claims: [] }, { claims: [{ area: "all", outcome: "frozen-line" }] }, labels);
    expect(r.reason).toBe("Ruritania has no structured terms on this issue.");
  });

  it("reports terms of the wrong shape as unknown instead of half-reading them", () => {
    const r = compareTerms("neutrality", { nato: "join" }, { nato: "renounce" }, labels);
    expect(r.class).toBe("unknown");
    expect(r.reason).toContain("The terms of Ruritania do not match");
  });

  it("names the sides neutrally when no labels are given", () => {
    expect(compareTerms("neutrality", { nato: "seek" }, { nato: "renounce" }).reason).toBe(
      "Opposed on alliance membership: Side A wants alliance membership, Side B wants alliance membership renounced.",
    );
  });
});
