import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { negotiationIds } from "@/lib/records/ids";

/** The negotiations of the positions, events, commitments and plans that cite the sources. */
export async function negotiationsCiting(tx: DbOrTx, sourceIds: string[]): Promise<string[]> {
  const cites = { some: { sourceId: { in: sourceIds } } };
  const select = { negotiationId: true } as const;
  const [positions, events, commitments, plans] = await Promise.all([
    tx.issue.findMany({ where: { positions: { some: { citations: cites } } }, select }),
    tx.event.findMany({ where: { sources: cites }, select, distinct: ["negotiationId"] }),
    tx.commitment.findMany({ where: { sources: cites }, select, distinct: ["negotiationId"] }),
    tx.plan.findMany({ where: { sources: cites }, select, distinct: ["negotiationId"] }),
  ]);
  return negotiationIds([...positions, ...events, ...commitments, ...plans]);
}
