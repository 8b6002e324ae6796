import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = { areas: [], parties: { ruritania: "Ruritania", borduria: "Borduria", sylvania: "Sylvania", freedonia: "Freedonia" } };
const compare = (a: unknown, b: unknown) => compareTerms("enforcement", a, b, labels, context);

describe("compareTerms: enforcement", () => {
  it.each([
    [{ guarantors: ["sylvania", "freedonia"] }, { guarantors: ["freedonia", "sylvania"] }, "aligned"],
    [{ guarantors: ["sylvania"] }, { guarantors: ["sylvania", "freedonia"] }, "partly-aligned"],
    [{ guarantors: ["sylvania"] }, { guarantors: ["freedonia"] }, "opposed"],
    [{ appliesTo: ["ruritania"] }, { appliesTo: ["ruritania"] }, "aligned"],
    [{ appliesTo: ["ruritania", "borduria"] }, { appliesTo: ["borduria"] }, "partly-aligned"],
    [{ appliesTo: ["ruritania"] }, { appliesTo: ["borduria"] }, "opposed"],
    [{ onViolation: "resumed-force" }, { onViolation: "resumed-force" }, "aligned"],
    [{ onViolation: "sanctions" }, { onViolation: "mediation" }, "partly-aligned"],
    [{ onViolation: "none" }, { onViolation: "resumed-force" }, "opposed"],
    [{ form: "treaty" }, { form: "assurances" }, "partly-aligned"],
    [{ monitoring: "A joint commission" }, { monitoring: "a joint commission" }, "aligned"],
    [{ monitors: ["sylvania"] }, { monitors: ["sylvania", "freedonia"] }, "partly-aligned"],
    [{ enforcedBy: ["ruritania"] }, { enforcedBy: ["ruritania"] }, "aligned"],
    [{ monitorCount: 200 }, { monitorCount: 500 }, "partly-aligned"],
    [{ guaranteed: ["A ceasefire"] }, { guaranteed: ["a ceasefire"] }, "aligned"],
    [{ guaranteed: ["A ceasefire"] }, { guaranteed: ["A ceasefire", "Safe passage"] }, "partly-aligned"],
    [{ form: "treaty" }, { monitorCount: 200 }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties when each side wants the other bound", () => {
    const r = compare({ appliesTo: ["borduria"], guarantors: ["sylvania"] }, { appliesTo: ["ruritania"], onViolation: "resumed-force", enforcedBy: ["borduria"] });
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe("Opposed on whose compliance: Ruritania names Borduria, Borduria names Ruritania: none in common.");
  });
});
