import "server-only";
import { recordKey, statementsInCell, statementsOf } from "@/lib/cache/change-scope";
import type { DbOrTx } from "@/lib/db/client";
import type { ChangeReach, Touched } from "@/lib/revisions/change-reach";

/**
 * What a statement's change alters: the overviews of its issue's negotiation (matrix,
 * comparisons, maps, events, plans), its issue's page, its party's page and the pages of its
 * cell's statements — before and after the change, should it have moved to another party or
 * issue. Not the negotiation's other issue and party pages, nor other cells' statements:
 * during a news spike an editor's every save would otherwise drop them all.
 */
export async function positionChangeReach(tx: DbOrTx, changes: Touched[]): Promise<ChangeReach> {
  const cells = new Map<string, { partyId: string; issueId: string }>();
  for (const { before, after } of changes) {
    for (const snapshot of [before, after]) {
      const partyId = snapshot?.partyId;
      const issueId = snapshot?.issueId;
      if (typeof partyId === "string" && typeof issueId === "string") cells.set(`${partyId} ${issueId}`, { partyId, issueId });
    }
  }
  // A statement whose snapshot names no cell is not one this rule can place.
  if (cells.size === 0) return "everything";
  const issueIds = [...new Set([...cells.values()].map((cell) => cell.issueId))];
  const issues = await tx.issue.findMany({ where: { id: { in: issueIds } }, select: { negotiationId: true } });
  const records = new Set<string>(issues.map((issue) => statementsOf(issue.negotiationId)));
  for (const { partyId, issueId } of cells.values()) {
    records.add(recordKey("issue", issueId));
    records.add(recordKey("party", partyId));
    records.add(statementsInCell(partyId, issueId));
  }
  return { records: [...records] };
}
