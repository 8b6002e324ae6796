import { describe, expect, it } from "vitest";
import { planTree, type TreeNode } from "@/lib/plans/plan-tree";

type P = { id: string; previousVersionId: string | null };
const shape = (nodes: TreeNode<P>[]): unknown[] => nodes.map((n) => (n.children.length ? [n.plan.id, shape(n.children)] : n.plan.id));

describe("planTree", () => {
  it("puts each plan under the plan it revises, rival answers side by side, in the given (date) order", () => {
    const plans: P[] = [
      { id: "draft", previousVersionId: null },
      { id: "rival", previousVersionId: "draft" },
      { id: "other", previousVersionId: null },
      { id: "revision", previousVersionId: "draft" },
      { id: "final", previousVersionId: "revision" },
    ];
    expect(shape(planTree(plans))).toEqual([["draft", ["rival", ["revision", ["final"]]]], "other"]);
  });

  it("shows a plan whose previous version is missing, or which loops, as a root", () => {
    expect(shape(planTree([{ id: "a", previousVersionId: "gone" }]))).toEqual(["a"]);
    expect(shape(planTree([{ id: "a", previousVersionId: "b" }, { id: "b", previousVersionId: "a" }]))).toEqual(["a", "b"]);
  });
});
