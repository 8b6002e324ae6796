// A negotiation's plans as a family tree: each plan under the plan it revises or answers,
// siblings (rival answers to one plan) and roots in date order. Pure.

export type TreeNode<P> = { plan: P; children: TreeNode<P>[] };

export function planTree<P extends { id: string; previousVersionId: string | null }>(plans: readonly P[]): TreeNode<P>[] {
  const nodes = new Map(plans.map((plan) => [plan.id, { plan, children: [] as TreeNode<P>[] }]));
  const roots: TreeNode<P>[] = [];
  // `plans` come in date order, so each list of children is too.
  for (const plan of plans) {
    const node = nodes.get(plan.id)!;
    const parent = plan.previousVersionId ? nodes.get(plan.previousVersionId) : undefined;
    if (parent && !reaches(nodes, parent.plan.id, plan.id)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether following previous versions from `start` reaches `target` (a loop, which the writer refuses, shown as roots). */
function reaches<P extends { id: string; previousVersionId: string | null }>(nodes: Map<string, TreeNode<P>>, start: string, target: string) {
  const seen = new Set<string>();
  for (let id: string | null = start; id && !seen.has(id); id = nodes.get(id)?.plan.previousVersionId ?? null) {
    if (id === target) return true;
    seen.add(id);
  }
  return false;
}
