import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";
import type { NeutralityTerms } from "@/lib/terms";

const labels = { a: "Ruritania", b: "Borduria" };
const compare = (a: NeutralityTerms, b: NeutralityTerms) => compareTerms("neutrality", a, b, labels);
const partOf = (r: ReturnType<typeof compare>, key: string) => r.parts.find((p) => p.key === key);

describe("compareTerms: neutrality", () => {
  it.each([
    ["renounce", "renounce", "aligned"],
    ["renounce", "seek", "opposed"],
    ["renounce", "keep-option", "partly-aligned"],
    // Not fixed by the SPEC: both leave membership possible.
    ["keep-option", "seek", "partly-aligned"],
    ["seek", "seek", "aligned"],
  ] as const)("alliance membership (nato) %s vs %s → %s, in either order", (x, y, expected) => {
    expect(compare({ nato: x }, { nato: y }).class).toBe(expected);
    expect(compare({ nato: y }, { nato: x }).class).toBe(expected);
  });

  it.each([
    ["prohibited", "prohibited", "aligned"],
    ["prohibited", "allowed", "opposed"],
    ["prohibited", "peacekeepers-only", "partly-aligned"],
    ["allowed", "peacekeepers-only", "partly-aligned"],
  ] as const)("foreign troops %s vs %s → %s, in either order", (x, y, expected) => {
    expect(compare({ foreignTroops: x }, { foreignTroops: y }).class).toBe(expected);
    expect(compare({ foreignTroops: y }, { foreignTroops: x }).class).toBe(expected);
  });

  it("says what each side wants on alliance membership", () => {
    const r = compare({ nato: "renounce" }, { nato: "seek" });
    expect(r.reason).toBe(
      "Opposed on alliance membership: Ruritania wants alliance membership renounced, Borduria wants alliance membership.",
    );
  });

  it.each([false, undefined])(
    "is partly aligned on renouncing only with guarantees vs renouncing without (%s)",
    (without) => {
      const r = compare({ nato: "renounce", guaranteesRequired: without }, { nato: "renounce", guaranteesRequired: true });
      expect(r.class).toBe("partly-aligned");
      expect(partOf(r, "nato")?.class).toBe("aligned");
      expect(partOf(r, "guaranteesRequired")?.reason).toBe(
        "Ruritania wants renunciation without guarantees as a condition, Borduria wants renunciation only with security guarantees",
      );
    },
  );

  it("makes no guarantees part from two plain renunciations", () => {
    const r = compare({ nato: "renounce" }, { nato: "renounce" });
    expect(r.class).toBe("aligned");
    expect(r.parts.map((p) => p.key)).toEqual(["nato"]);
  });

  it("compares guarantees outside a shared renunciation only when both give them", () => {
    expect(partOf(compare({ nato: "keep-option" }, { nato: "keep-option", guaranteesRequired: true }), "guaranteesRequired"))
      .toBeUndefined();
    const r = compare({ guaranteesRequired: false }, { guaranteesRequired: true });
    expect(r.class).toBe("partly-aligned");
  });

  // Chosen where the SPEC is silent: non-nuclear status has no middle option, so a
  // contradiction is opposed, like renounce vs seek.
  it("is opposed on non-nuclear status true vs false, aligned when equal", () => {
    expect(compare({ nonNuclear: true }, { nonNuclear: false }).class).toBe("opposed");
    expect(compare({ nonNuclear: false }, { nonNuclear: true }).class).toBe("opposed");
    expect(compare({ nonNuclear: true }, { nonNuclear: true }).class).toBe("aligned");
  });

  it("takes the worst of several parts", () => {
    const r = compare(
      { nato: "renounce", foreignTroops: "prohibited", nonNuclear: true },
      { nato: "renounce", foreignTroops: "allowed", nonNuclear: true, guaranteesRequired: true },
    );
    expect(r.class).toBe("opposed");
    expect(Object.fromEntries(r.parts.map((p) => [p.key, p.class]))).toEqual({
      nato: "aligned",
      guaranteesRequired: "partly-aligned",
      foreignTroops: "opposed",
      nonNuclear: "aligned",
    });
    expect(r.reason.indexOf("Opposed on foreign troops")).toBe(0);
  });

  it("is unknown when the sides state different elements", () => {
    const r = compare({ nato: "renounce" }, { foreignTroops: "allowed" });
    expect(r.class).toBe("unknown");
    expect(r.parts).toEqual([]);
  });
});
