import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = {
  areas: [
    { slug: "north-province", name: "North Province", parent: null, holder: null, heldSince: null },
    { slug: "border-strip", name: "Border Strip", parent: null, holder: null, heldSince: null },
  ],
  parties: { ruritania: "Ruritania", borduria: "Borduria", sylvania: "Sylvania", freedonia: "Freedonia" },
};
const compare = (a: unknown, b: unknown) => compareTerms("deployment", a, b, labels, context);

describe("compareTerms: deployment", () => {
  it.each([
    [{ allowed: true }, { allowed: true }, "aligned"],
    [{ allowed: true }, { allowed: false }, "opposed"],
    [{ role: "monitoring" }, { role: "monitoring" }, "aligned"],
    [{ role: "monitoring" }, { role: "stabilisation" }, "partly-aligned"],
    [{ role: "stabilisation" }, { role: "monitoring", rejectedRoles: ["stabilisation"] }, "opposed"],
    [{ tasks: ["monitor-ceasefire"] }, { tasks: ["monitor-ceasefire"] }, "aligned"],
    [{ tasks: ["monitor-ceasefire"] }, { tasks: ["monitor-ceasefire", "secure-borders"] }, "partly-aligned"],
    [{ tasks: ["disarm-armed-groups"] }, { rejectedTasks: ["disarm-armed-groups"] }, "opposed"],
    [{ contributors: ["sylvania"] }, { contributors: ["sylvania"] }, "aligned"],
    [{ contributors: ["sylvania"] }, { contributors: ["freedonia"] }, "partly-aligned"],
    [{ contributors: ["sylvania"] }, { excludedContributors: ["sylvania"] }, "opposed"],
    [{ approvedBy: ["ruritania"] }, { approvedBy: ["ruritania"] }, "aligned"],
    [{ approvedBy: ["ruritania"] }, { approvedBy: ["ruritania", "sylvania"] }, "partly-aligned"],
    [{ approvedBy: ["ruritania"] }, { approvedBy: ["borduria"] }, "opposed"],
    [{ where: ["north-province"] }, { where: ["north-province"] }, "aligned"],
    [{ where: ["north-province"] }, { where: ["border-strip"] }, "partly-aligned"],
    [{ size: 5000 }, { size: 5000 }, "aligned"],
    [{ size: 5000 }, { size: 13000 }, "partly-aligned"],
    [{ mandate: "un" }, { mandate: "un" }, "aligned"],
    [{ mandate: "un" }, { mandate: "coalition" }, "partly-aligned"],
    [{ role: "monitoring" }, { size: 5000 }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties and what one gives the force and the other refuses", () => {
    const r = compare(
      { allowed: true, tasks: ["disarm-armed-groups", "secure-borders"], where: ["north-province"] },
      { allowed: true, tasks: ["monitor-ceasefire"], rejectedTasks: ["disarm-armed-groups"], where: ["border-strip"] },
    );
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe(
      "Opposed on the force's tasks: Ruritania names disarm armed groups among the force's tasks, Borduria rules that out. " +
        "Partly aligned on where the force deploys: Ruritania wants the force in North Province, Borduria wants the force in Border Strip. " +
        "Aligned on a force: Ruritania and Borduria both want a force deployed.",
    );
  });

  it("says who approves the force when the two sides name different parties", () => {
    expect(compare({ approvedBy: ["ruritania"] }, { approvedBy: ["borduria"] }).reason).toBe(
      "Opposed on who approves the force: Ruritania wants Ruritania to approve the force, Borduria wants Borduria to approve the force.",
    );
  });

  it("weighs nothing else against a refusal of any force", () => {
    const r = compare({ allowed: false, where: ["north-province"] }, { allowed: true, where: ["north-province"], mandate: "un" });
    expect(r.parts.map((p) => p.key)).toEqual(["allowed"]);
    expect(r.reason).toBe("Opposed on a force: Ruritania wants no force, Borduria wants a force deployed.");
  });
});
