import type { PlanPointSnapshot } from "./plan-point-snapshot";

/** What a save of the points editor found changed since the editor opened it. */
export type PointsConflict = {
  /** Points someone else saved since: as they are now. */
  changed: PlanPointSnapshot[];
  /** Points someone else added to the plan since, which the editor's list lacks. */
  added: PlanPointSnapshot[];
};

/**
 * The conflict with `found`, a point as a write found it when someone saved it while this
 * save ran (PostgreSQL lets another save commit between this one's reads and writes). A
 * point already listed as added since stays among the added, as it now is: the conflict
 * screen shows each point once. Any other point is one someone else changed.
 */
export function withPointFound(conflict: PointsConflict, found: PlanPointSnapshot): PointsConflict {
  const replace = (points: PlanPointSnapshot[]) => points.map((p) => (p.id === found.id ? found : p));
  if (conflict.added.some((p) => p.id === found.id)) return { ...conflict, added: replace(conflict.added) };
  if (conflict.changed.some((p) => p.id === found.id)) return { ...conflict, changed: replace(conflict.changed) };
  return { ...conflict, changed: [...conflict.changed, found] };
}
