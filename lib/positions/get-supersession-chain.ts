import "server-only";
import { db } from "@/lib/db/client";
import { notRetracted } from "@/lib/records/visible";
import { statementSelect } from "./statement-select";

/**
 * The statements a position superseded (following `supersedes` back, oldest first) and the
 * ones that superseded it in turn (following `supersededBy` forward). One party's statements
 * on one issue are few, so they are read in one query and walked here.
 */
export async function getSupersessionChain({
  partyId,
  issueId,
  positionId,
}: {
  partyId: string;
  issueId: string;
  positionId: string;
}) {
  const statements = await db.position.findMany({
    where: { partyId, issueId, ...notRetracted },
    select: { ...statementSelect, supersededById: true },
  });
  const byId = new Map(statements.map((s) => [s.id, s]));
  const predecessorOf = new Map(statements.filter((s) => s.supersededById).map((s) => [s.supersededById!, s]));
  const seen = new Set([positionId]);

  const superseded: typeof statements = [];
  for (let prev = predecessorOf.get(positionId); prev && !seen.has(prev.id); prev = predecessorOf.get(prev.id)) {
    seen.add(prev.id);
    superseded.unshift(prev);
  }

  const supersededBy: typeof statements = [];
  let nextId = byId.get(positionId)?.supersededById ?? null;
  for (let next = nextId ? byId.get(nextId) : undefined; next && !seen.has(next.id); ) {
    seen.add(next.id);
    supersededBy.push(next);
    nextId = next.supersededById;
    next = nextId ? byId.get(nextId) : undefined;
  }

  return { superseded, supersededBy };
}

export type ChainStatement = Awaited<ReturnType<typeof getSupersessionChain>>["superseded"][number];
