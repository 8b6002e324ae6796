import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";
import type { CeasefireTerms } from "@/lib/terms";

const labels = { a: "Ruritania", b: "Borduria" };
const compare = (a: CeasefireTerms | null, b: CeasefireTerms | null) => compareTerms("ceasefire", a, b, labels);
const classesOf = (r: ReturnType<typeof compare>) => Object.fromEntries(r.parts.map((p) => [p.key, p.class]));

describe("compareTerms: ceasefire", () => {
  it("is aligned with the same type, length and start", () => {
    const terms: CeasefireTerms = { type: "unconditional", durationDays: 30, startDate: "2025-05-12", scope: "full" };
    const r = compare(terms, { ...terms });
    expect(r.class).toBe("aligned");
    expect(classesOf(r)).toEqual({ type: "aligned", durationDays: "aligned", startDate: "aligned", scope: "aligned" });
    expect(r.reason).toContain("Ruritania and Borduria both want a ceasefire of 30 days");
    expect(r.reason).toContain("a start on 12 May 2025");
  });

  it("is aligned when both want no ceasefire before a settlement", () => {
    const r = compare({ type: "none" }, { type: "none" });
    expect(r.class).toBe("aligned");
    expect(r.reason).toBe(
      "Aligned on ceasefire type: Ruritania and Borduria both want no ceasefire before a settlement.",
    );
  });

  it("is partly aligned when both accept a ceasefire but differ in length", () => {
    const r = compare({ type: "unconditional", durationDays: 30 }, { type: "unconditional", durationDays: 90 });
    expect(r.class).toBe("partly-aligned");
    expect(classesOf(r)).toEqual({ type: "aligned", durationDays: "partly-aligned" });
    expect(r.reason).toContain("Ruritania wants a ceasefire of 30 days, Borduria wants a ceasefire of 90 days");
  });

  it("is partly aligned when both accept a ceasefire but differ in start", () => {
    const r = compare({ type: "conditional", startDate: "2025-03-18" }, { type: "conditional", startDate: "2025-05-12" });
    expect(r.class).toBe("partly-aligned");
    expect(r.parts.find((p) => p.key === "startDate")?.reason).toBe(
      "Ruritania wants a start on 18 March 2025, Borduria wants a start on 12 May 2025",
    );
  });

  it("is partly aligned when the preconditions differ, and aligned when they match up to case and order", () => {
    const differ = compare(
      { type: "conditional", preconditions: ["End of arms supplies", "Halt to mobilisation"] },
      { type: "conditional", preconditions: ["halt to mobilisation"] },
    );
    expect(differ.class).toBe("partly-aligned");
    expect(differ.parts.find((p) => p.key === "preconditions")?.reason).toBe(
      "Ruritania sets 2 preconditions, Borduria 1 precondition; 1 in common",
    );
    const same = compare(
      { type: "conditional", preconditions: ["End of arms supplies", "Halt to  mobilisation"] },
      { type: "conditional", preconditions: ["halt to mobilisation", "end of arms supplies"] },
    );
    expect(same.class).toBe("aligned");
  });

  it("is partly aligned on unconditional vs conditional", () => {
    const r = compare({ type: "conditional" }, { type: "unconditional" });
    expect(r.class).toBe("partly-aligned");
    expect(r.reason).toBe(
      "Partly aligned on ceasefire type: Ruritania wants a ceasefire on conditions, Borduria wants an unconditional ceasefire.",
    );
  });

  it("is partly aligned on different scopes (a choice the SPEC leaves open)", () => {
    const r = compare({ type: "conditional", scope: "energy" }, { type: "conditional", scope: "full" });
    expect(r.class).toBe("partly-aligned");
    expect(classesOf(r)).toEqual({ type: "aligned", scope: "partly-aligned" });
  });

  it.each(["unconditional", "conditional"] as const)("is opposed on %s vs none, and ignores the details", (type) => {
    const r = compare(
      { type: "none", durationDays: 90, preconditions: ["a signed settlement"] },
      { type, durationDays: 30, preconditions: ["prisoner exchange"] },
    );
    expect(r.class).toBe("opposed");
    expect(r.parts.map((p) => p.key)).toEqual(["type"]);
    expect(r.reason).toContain("Ruritania wants no ceasefire before a settlement");
  });

  it("compares length and start only when both give them", () => {
    const r = compare({ type: "unconditional", durationDays: 30 }, { type: "unconditional", startDate: "2025-05-12" });
    expect(r.class).toBe("aligned");
    expect(r.parts.map((p) => p.key)).toEqual(["type"]);
  });

  it("skips a blank type but still compares the length", () => {
    const r = compare({ durationDays: 90 }, { type: "unconditional", durationDays: 30 });
    expect(r.class).toBe("partly-aligned");
    expect(r.parts.map((p) => p.key)).toEqual(["durationDays"]);
  });

  it("is unknown when only free-text monitoring is given", () => {
    const r = compare({ monitoring: "US-led" }, { monitoring: "OSCE" });
    expect(r.class).toBe("unknown");
    expect(r.parts).toEqual([]);
  });

  it("is unknown when either side is blank, naming the blank side", () => {
    expect(compare(null, { type: "none" })).toEqual({
      class: "unknown",
      parts: [],
      reason: "Ruritania has no structured terms on this issue.",
    });
    expect(compare({ type: "none" }, {}).reason).toBe("Borduria has no structured terms on this issue.");
  });
});
