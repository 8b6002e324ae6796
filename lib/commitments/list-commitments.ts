import "server-only";
import { commitmentFilters, type CommitmentFilters } from "./commitment-filters";
import { commitmentViewSelect, toCommitmentView } from "./commitment-view";
import { db } from "@/lib/db/client";
import type { CommitmentStatus } from "@/lib/vocab";

/**
 * Commitments readers may see, newest event first (commitments tied to no event last),
 * optionally of one status, one negotiation or one party, and only the first few.
 */
export async function listCommitments({
  status,
  limit,
  ...filters
}: { status?: CommitmentStatus; limit?: number } & CommitmentFilters = {}) {
  const rows = await db.commitment.findMany({
    where: { ...(status ? { status } : {}), AND: commitmentFilters(filters) },
    orderBy: { createdAt: "asc" },
    select: commitmentViewSelect,
  });

  // Sorted here rather than in SQL: the engines disagree on where a missing event sorts.
  const eventTime = (row: (typeof rows)[number]) =>
    row.event && row.event.retractedAt === null ? row.event.date.getTime() : -Infinity;
  rows.sort((a, b) => eventTime(b) - eventTime(a) || b.createdAt.getTime() - a.createdAt.getTime());

  return rows.slice(0, limit).map(toCommitmentView);
}

export type CommitmentListItem = Awaited<ReturnType<typeof listCommitments>>[number];
