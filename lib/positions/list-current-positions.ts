import "server-only";
import { db, type DbOrTx } from "@/lib/db/client";
import { currentPositionFields } from "./current-position-fields";
import { listPositionsAsOf } from "./list-positions-as-of";
import { visiblePosition } from "./position-visibility";

/**
 * "The current statement per party and issue", written once for the matrix, the compare
 * page and the API: today's (the stored status, lib/positions/recompute-statuses.ts) or the
 * one current on the statement date `asOf` (lib/positions/current-statement.ts), for the
 * given issues (and parties, when named), among statements readers may see.
 */
export async function listCurrentPositions(
  { issueIds, partyIds, asOf }: { issueIds: string[]; partyIds?: string[]; asOf?: Date },
  tx: DbOrTx = db,
) {
  if (asOf) return listPositionsAsOf({ issueIds, partyIds, asOf }, tx);
  return tx.position.findMany({
    where: { ...visiblePosition, status: "current", issueId: { in: issueIds }, ...(partyIds ? { partyId: { in: partyIds } } : {}) },
    // Oldest first, so should two statements ever both be current the newer one wins in a map by pair.
    orderBy: [{ statedOn: "asc" }, { createdAt: "asc" }],
    select: currentPositionFields,
  });
}
