import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { DbOrTx } from "@/lib/db/client";
import { getSnapshotAtVersion } from "@/lib/revisions/get-snapshot-at-version";
import { planPointInput, type PlanPointInput } from "./plan-point-input";
import type { PlanPointSnapshot } from "./plan-point-snapshot";
import { planPointWriter } from "./plan-point-writer";

/** What to save for one row of the points editor, and over which version; or a conflict. */
export type MergedRow = { version: number; input: PlanPointInput } | "conflict";

/**
 * A snapshot's editable fields as a save compares them (as updateRecord does); null when they
 * no longer parse. A snapshot without the issues (the seed's) takes the current ones: a row
 * then matches it only where it has the issues the point has now, which a merge keeps.
 */
export function storedPointInput(snapshot: PlanPointSnapshot, current: PlanPointSnapshot) {
  const parsed = planPointInput.safeParse(planPointWriter.toInput(snapshot, current));
  return parsed.success ? parsed.data : null;
}

// A row's order is its place in the list, which moves when rows above it are added or
// moved: it is weighed on its own, not as part of what the editor wrote in the row.
function sameContent(mine: PlanPointInput, stored: PlanPointInput) {
  const { order: _mine, ...wanted } = planPointWriter.keepStored!(mine, stored);
  const { order: _stored, ...held } = stored;
  return isDeepStrictEqual(wanted, held);
}

/**
 * Decides a row whose point someone else may have saved since the editor opened the page
 * (`seen`, the version the row carries), from three states: the point as the editor saw it
 * (its history at `seen`), the row, and the point as it now stands.
 *
 * - Still at `seen`: the row is saved as usual.
 * - The row's content is the point's as the editor saw it (they did not touch it) or as it
 *   now stands: the point is saved as it now stands, at the row's place. Someone else's
 *   change stays and nothing is overwritten.
 * - Both changed the point, each their own way, or its state at `seen` is not in its
 *   history, or it has been retracted since: a conflict.
 *
 * The place: the row's place in the list is the editor's to give, unless someone else moved
 * the point meanwhile (its order changed) and the list puts it elsewhere than it now stands;
 * saving the list would undo their move unseen, so that is a conflict too.
 */
export async function mergePointRow(tx: DbOrTx, mine: PlanPointInput, seen: number, current: PlanPointSnapshot): Promise<MergedRow> {
  if (current.version === seen) return { version: seen, input: mine };
  if (current.retractedAt) return "conflict";
  const base = await getSnapshotAtVersion<PlanPointSnapshot>(tx, { entityType: planPointWriter.entityType, id: current.id, version: seen });
  const now = storedPointInput(current, current);
  const then = base && storedPointInput(base, current);
  if (!now || !then) return "conflict";
  if (now.order !== then.order && mine.order !== now.order) return "conflict";
  if (!sameContent(mine, now) && !sameContent(mine, then)) return "conflict";
  return { version: current.version, input: { ...now, order: mine.order } };
}
