import "server-only";
import { visibleCommitment } from "./commitment-visibility";
import { db } from "@/lib/db/client";
import { commitmentStatuses, type CommitmentStatus } from "@/lib/vocab";

/** How many commitments readers may see in each status, every status listed (zero if none). */
export async function countCommitmentsByStatus({ negotiationSlug }: { negotiationSlug?: string } = {}) {
  const rows = await db.commitment.groupBy({
    by: ["status"],
    where: {
      AND: [visibleCommitment, negotiationSlug ? { negotiation: { slug: negotiationSlug } } : {}],
    },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(commitmentStatuses.map((s) => [s, 0])) as Record<CommitmentStatus, number>;
  for (const row of rows) {
    if (row.status in counts) counts[row.status as CommitmentStatus] = row._count._all;
  }
  return counts;
}
