// How two plans of a negotiation are linked through their versions, and where each point of
// one plan comes from in another, following the points' "revises" links down the chain.
import type { DiffPoint, PlanFamily } from "./diff-types";

export type Connection =
  /** `to` revises `from`, directly or through the plans between (path: `to` … `from`). */
  | { kind: "revises"; path: string[] }
  /** `from` revises `to`: the diff reads backwards in time (path: `from` … `to`). */
  | { kind: "revised-by"; path: string[] }
  /** Both revise or answer an earlier plan, `ancestorId`, each through its own chain. */
  | { kind: "common-ancestor"; ancestorId: string; fromPath: string[]; toPath: string[] }
  /** No chain of versions links them. */
  | { kind: "none" };

/** The plan, then the plan it revises, and so on (stops at a loop or a plan not in the family). */
export function versionChain(family: PlanFamily, id: string): string[] {
  const chain: string[] = [];
  for (let next: string | null = id; next && family.has(next) && !chain.includes(next); next = family.get(next)!.previousVersionId) {
    chain.push(next);
  }
  return chain;
}

export function connectPlans(family: PlanFamily, fromId: string, toId: string): Connection {
  const fromChain = versionChain(family, fromId);
  const toChain = versionChain(family, toId);
  const inTo = toChain.indexOf(fromId);
  if (inTo >= 0) return { kind: "revises", path: toChain.slice(0, inTo + 1) };
  const inFrom = fromChain.indexOf(toId);
  if (inFrom >= 0) return { kind: "revised-by", path: fromChain.slice(0, inFrom + 1) };
  const ancestorId = toChain.find((id) => fromChain.includes(id));
  if (!ancestorId) return { kind: "none" };
  return {
    kind: "common-ancestor",
    ancestorId,
    fromPath: fromChain.slice(0, fromChain.indexOf(ancestorId) + 1),
    toPath: toChain.slice(0, toChain.indexOf(ancestorId) + 1),
  };
}

/** Where a point comes from in the last plan of a path: that plan's point, whether every step kept it, and the notes on what changed. */
export type Lineage = { rootId: string | null; kept: boolean; notes: string[] };

/**
 * For each point of `path[0]`, the point of `path.at(-1)` it descends from through the
 * points' `revisesId`, one plan at a time. A point whose chain breaks (a new point on the
 * way, or a link to a point not in the plan before it) has no root.
 */
export function lineages(family: PlanFamily, path: string[]): Map<string, Lineage> {
  const plans = path.map((id) => family.get(id)!);
  const byIdIn = plans.map((plan) => new Map(plan.points.map((p) => [p.id, p])));
  const out = new Map<string, Lineage>();
  for (const point of plans[0]!.points) {
    let current: DiffPoint | undefined = point;
    let kept = true;
    const notes: string[] = [];
    for (let step = 1; step < plans.length && current; step++) {
      if (current.changeNote) notes.push(current.changeNote);
      kept &&= current.change === "kept";
      current = current.revisesId ? byIdIn[step]!.get(current.revisesId) : undefined;
    }
    out.set(point.id, { rootId: current?.id ?? null, kept, notes });
  }
  return out;
}
