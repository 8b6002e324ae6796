// The plan diff on invented plans: Ruritania's draft (R1), its revision (R2), a later
// revision (R3), Freedonia's rival answer to R1 (F1) and an unrelated plan (U1).
import { describe, expect, it } from "vitest";
import { connectPlans, lineages, versionChain } from "@/lib/plans/diff/connect-plans";
import { diffPlans, type DiffEntry } from "@/lib/plans/diff/diff-plans";
import type { DiffPlan, DiffPoint, PlanFamily } from "@/lib/plans/diff/diff-types";
import { connectionLine, countsLine } from "@/lib/plans/diff/diff-words";
import { groupByIssue } from "@/lib/plans/diff/group-by-issue";
import { wordDiff } from "@/lib/plans/diff/word-diff";

let order = 0;
function p(id: string, issueIds: string[], revises: [string, "kept" | "changed"] | null = null, summary = `Point ${id}.`): DiffPoint {
  return {
    id, number: id.split(".")[1]!, numberPrinted: true, order: order++, summary, issueIds,
    revisesId: revises?.[0] ?? null, change: revises?.[1] ?? null, changeNote: revises?.[1] === "changed" ? `${id} changed` : null,
  };
}
function plan(id: string, previousVersionId: string | null, points: DiffPoint[], dropped: DiffPlan["dropped"] = []): DiffPlan {
  return { id, previousVersionId, points, dropped };
}

const family: PlanFamily = new Map(
  [
    plan("R1", null, [p("R1.1", ["truce"]), p("R1.2", ["north"]), p("R1.3", ["north", "truce"]), p("R1.4", ["money"])]),
    plan("R2", "R1", [p("R2.1", ["truce"], ["R1.1", "kept"]), p("R2.2", ["north"], ["R1.2", "changed"]), p("R2.3", []), p("R2.4", ["money"], ["R1.4", "kept"])], [
      { pointId: "R1.3", note: "Left for the leaders." },
    ]),
    plan("R3", "R2", [p("R3.1", ["truce"], ["R2.1", "kept"]), p("R3.2", ["north"], ["R2.2", "kept"]), p("R3.3", [], ["R2.3", "kept"]), p("R3.4", ["money"])]),
    plan("F1", "R1", [p("F1.1", ["truce"], ["R1.1", "changed"]), p("F1.2", ["north"], ["R1.2", "kept"]), p("F1.5", ["north"])]),
    plan("U1", null, [p("U1.1", ["truce"]), p("U1.2", ["money"])]),
  ].map((x) => [x.id, x]),
);

const summary = (entries: DiffEntry[]) =>
  entries.map((e) => (e.kind === "dropped" ? `dropped ${e.before.id}` : e.kind === "added" ? `added ${e.after.id}` : `${e.kind} ${e.before.map((b) => b.id).join("+")}→${e.after.id}`));

describe("connectPlans", () => {
  it("follows previous versions up the chain, and tells which way the diff reads", () => {
    expect(versionChain(family, "R3")).toEqual(["R3", "R2", "R1"]);
    expect(connectPlans(family, "R1", "R3")).toEqual({ kind: "revises", path: ["R3", "R2", "R1"] });
    expect(connectPlans(family, "R3", "R1")).toEqual({ kind: "revised-by", path: ["R3", "R2", "R1"] });
    expect(connectPlans(family, "R2", "F1")).toEqual({ kind: "common-ancestor", ancestorId: "R1", fromPath: ["R2", "R1"], toPath: ["F1", "R1"] });
    expect(connectPlans(family, "R1", "U1")).toEqual({ kind: "none" });
  });

  it("stops at a loop and at a plan outside the family", () => {
    const looped: PlanFamily = new Map([
      ["A", plan("A", "B", [])],
      ["B", plan("B", "A", [])],
      ["C", plan("C", "gone", [])],
    ]);
    expect(versionChain(looped, "A")).toEqual(["A", "B"]);
    expect(versionChain(looped, "C")).toEqual(["C"]);
  });

  it("traces each point down a chain, kept only while every step keeps it", () => {
    const traced = lineages(family, ["R3", "R2", "R1"]);
    expect(traced.get("R3.1")).toEqual({ rootId: "R1.1", kept: true, notes: [] });
    expect(traced.get("R3.2")).toEqual({ rootId: "R1.2", kept: false, notes: ["R2.2 changed"] });
    // R2.3 was new in R2: its successor has no root in R1.
    expect(traced.get("R3.3")).toMatchObject({ rootId: null });
    expect(traced.get("R3.4")).toMatchObject({ rootId: null });
  });
});

describe("diffPlans", () => {
  it("pairs a plan with its previous version by the points' mapping", () => {
    const diff = diffPlans(family, "R1", "R2");
    expect(summary(diff.entries)).toEqual(["kept R1.1→R2.1", "changed R1.2→R2.2", "added R2.3", "kept R1.4→R2.4", "dropped R1.3"]);
    expect(countsLine(diff.counts)).toBe("4 → 4 points: 2 kept, 1 changed, 1 added, 1 dropped");
    expect(diff.entries.at(-1)).toMatchObject({ kind: "dropped", note: "Left for the leaders." });
  });

  it("composes the mapping through the plans between, a change anywhere making it changed", () => {
    const diff = diffPlans(family, "R1", "R3");
    expect(summary(diff.entries)).toEqual(["kept R1.1→R3.1", "changed R1.2→R3.2", "added R3.3", "added R3.4", "dropped R1.3", "dropped R1.4"]);
    expect(diff.entries.find((e) => e.kind === "changed")).toMatchObject({ notes: ["R2.2 changed"] });
  });

  it("reads backwards when the first plan is the later one: what it added reads as dropped", () => {
    const diff = diffPlans(family, "R2", "R1");
    expect(summary(diff.entries)).toEqual(["kept R2.1→R1.1", "changed R2.2→R1.2", "added R1.3", "kept R2.4→R1.4", "dropped R2.3"]);
  });

  it("pairs rival answers to one plan through the points they both revise", () => {
    const diff = diffPlans(family, "R2", "F1");
    expect(summary(diff.entries)).toEqual(["changed R2.1→F1.1", "changed R2.2→F1.2", "added F1.5", "dropped R2.3", "dropped R2.4"]);
  });

  it("pairs nothing between plans no chain links, so points meet only by issue", () => {
    const diff = diffPlans(family, "R1", "U1");
    expect(diff.counts).toEqual({ before: 4, after: 2, kept: 0, changed: 0, added: 2, dropped: 4, unpaired: 0 });
    expect(connectionLine(diff.connection, (id) => id)).toMatch(/No chain of versions/);
  });

  it("calls a point new or dropped only when every plan on the way is wholly recorded, or a plan says it leaves the point out", () => {
    const partly = (id: string) => ({ ...family.get(id)!, wholeRecorded: false });
    // R2 not wholly recorded: R1.2's counterpart pairs as before; R1.3 is dropped as R2 says;
    // R2.3 has no counterpart among R1's recorded points, nor is called added.
    const later = new Map(family).set("R2", partly("R2"));
    const diff = diffPlans(later, "R1", "R2");
    expect(diff.partlyRecorded).toEqual(["R2"]);
    const r23 = diff.entries.find((e) => e.kind === "added" && e.after.id === "R2.3");
    expect(r23).toMatchObject({ kind: "added", unrecorded: true });
    expect(diff.entries.find((e) => e.kind === "dropped" && e.before.id === "R1.3")).toEqual({ kind: "dropped", before: expect.objectContaining({ id: "R1.3" }), note: "Left for the leaders." });
    expect(diff.counts).toMatchObject({ kept: 2, changed: 1, added: 0, dropped: 1, unpaired: 1 });
    expect(countsLine(diff.counts)).toBe("4 → 4 points: 2 kept, 1 changed, 0 added, 1 dropped, 1 with no counterpart among the points recorded");

    // An earlier plan not wholly recorded: a later point may answer one not recorded.
    const earlier = new Map(family).set("R1", partly("R1"));
    const fromPartly = diffPlans(earlier, "R1", "F1");
    expect(fromPartly.entries.find((e) => e.kind === "added" && e.after.id === "F1.5")).toMatchObject({ unrecorded: true });
    expect(fromPartly.entries.filter((e) => e.kind === "dropped").every((e) => e.kind === "dropped" && e.unrecorded)).toBe(true);

    // A plan between the two not wholly recorded makes the pairing through it uncertain too.
    const between = diffPlans(new Map(family).set("R2", partly("R2")), "R1", "R3");
    expect(between.partlyRecorded).toEqual(["R2"]);
    expect(between.entries.find((e) => e.kind === "added" && e.after.id === "R3.4")).toMatchObject({ unrecorded: true });

    // Wholly recorded, as before: new and dropped.
    expect(diffPlans(family, "R1", "R2").counts.unpaired).toBe(0);
  });

  it("lets several points revise one earlier point, each paired with it", () => {
    const split: PlanFamily = new Map([
      ["A", plan("A", null, [p("A.1", ["truce"])])],
      ["B", plan("B", "A", [p("B.1", ["truce"], ["A.1", "changed"]), p("B.2", ["truce"], ["A.1", "changed"])])],
    ]);
    const diff = diffPlans(split, "A", "B");
    expect(summary(diff.entries)).toEqual(["changed A.1→B.1", "changed A.1→B.2"]);
    expect(diff.counts).toMatchObject({ changed: 2, dropped: 0 });
  });
});

describe("groupByIssue", () => {
  const issues = [{ id: "truce", slug: "truce", name: "Truce" }, { id: "north", slug: "north", name: "North Province" }, { id: "money", slug: "money", name: "Money" }];

  it("lists an entry under each issue its points touch, in the issues' order, then those touching none", () => {
    const groups = groupByIssue(diffPlans(family, "R1", "R2").entries, issues);
    expect(groups.map((g) => [g.issue?.id ?? null, summary(g.entries)])).toEqual([
      ["truce", ["kept R1.1→R2.1", "dropped R1.3"]],
      ["north", ["changed R1.2→R2.2", "dropped R1.3"]],
      ["money", ["kept R1.4→R2.4"]],
      [null, ["added R2.3"]],
    ]);
    expect(groups[1]!.counts).toMatchObject({ kept: 0, changed: 1, added: 0, dropped: 1 });
  });

  it("sets unpaired points of unrelated plans side by side under their shared issue", () => {
    const groups = groupByIssue(diffPlans(family, "R1", "U1").entries, issues);
    expect(summary(groups.find((g) => g.issue?.id === "truce")!.entries)).toEqual(["added U1.1", "dropped R1.1", "dropped R1.3"]);
  });

  it("gives no group when there is nothing to show", () => {
    expect(groupByIssue([], issues)).toEqual([]);
  });
});

describe("wordDiff", () => {
  it("marks the words removed and added, keeping the rest", () => {
    expect(wordDiff("Elections within 100 days.", "Elections as soon as possible.")).toEqual([
      { text: "Elections ", kind: "same" },
      { text: "within 100 days", kind: "removed" },
      { text: "as soon as possible", kind: "added" },
      { text: ".", kind: "same" },
    ]);
  });
});
