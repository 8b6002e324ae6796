import type { DbOrTx } from "@/lib/db/client";
import { compareStatements, currentStatement } from "./current-statement";
import { notRetracted } from "@/lib/records/visible";

/**
 * Sets status and supersededBy for one party's statements on one issue, from their dates.
 * Every write to a position calls this in the same transaction, so the stored status always
 * agrees with the rule for `asOf` (current-statement.ts): the current statement is
 * the latest one not withdrawn; each earlier statement is superseded by the next one made
 * after it. Retracted statements are hidden from readers and take no part.
 */
export async function recomputePositionStatuses(tx: DbOrTx, key: { partyId: string; issueId: string }) {
  const rows = (
    await tx.position.findMany({
      where: { ...key, ...notRetracted },
      select: { id: true, status: true, supersededById: true, statedOn: true, createdAt: true, withdrawnOn: true },
    })
  ).sort(compareStatements);
  const current = currentStatement(rows);

  for (const [i, row] of rows.entries()) {
    const status = row.withdrawnOn !== null ? "withdrawn" : row === current ? "current" : "superseded";
    const supersededById = status === "superseded" ? (rows[i + 1]?.id ?? null) : null;
    if (row.status !== status || row.supersededById !== supersededById) {
      await tx.position.update({ where: { id: row.id }, data: { status, supersededById } });
    }
  }
}
