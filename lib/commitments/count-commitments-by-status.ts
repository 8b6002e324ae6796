import "server-only";
import { commitmentFilters, type CommitmentFilters } from "./commitment-filters";
import { db } from "@/lib/db/client";
import { commitmentStatuses, type CommitmentStatus } from "@/lib/vocab";

/** How many commitments readers may see in each status (of one negotiation or party, if given), every status listed (zero if none). */
export async function countCommitmentsByStatus(filters: CommitmentFilters = {}) {
  const rows = await db.commitment.groupBy({
    by: ["status"],
    where: { AND: commitmentFilters(filters) },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(commitmentStatuses.map((s) => [s, 0])) as Record<CommitmentStatus, number>;
  for (const row of rows) {
    if (row.status in counts) counts[row.status as CommitmentStatus] = row._count._all;
  }
  return counts;
}
