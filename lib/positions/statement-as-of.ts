// How a statement looked on a past statement date: the pages that travel back in time show
// each statement's status as it stood then, never what happened to it afterwards.
import type { PositionStatus } from "@/lib/vocab";

type Dated = { id: string; statedOn: Date; status: string; withdrawnOn: Date | null };

/**
 * The statements made by `asOf`, each with its status on that day: current if it is the
 * one `listPositionsAsOf` picked, withdrawn if withdrawn by then, superseded otherwise.
 * A withdrawal after `asOf` is not shown. Order is kept.
 */
export function statementsAsOf<S extends Dated>(statements: readonly S[], currentIds: ReadonlySet<string>, asOf: Date): S[] {
  return statements
    .filter((s) => s.statedOn <= asOf)
    .map((s) => {
      const withdrawn = s.withdrawnOn !== null && s.withdrawnOn <= asOf;
      const status: PositionStatus = currentIds.has(s.id) ? "current" : withdrawn ? "withdrawn" : "superseded";
      return { ...s, status, withdrawnOn: withdrawn ? s.withdrawnOn : null };
    });
}
