import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { byOrder, plain, type RecordRow } from "@/lib/revisions/snapshot";

export type PlanPointSnapshot = RecordRow & {
  planId: string;
  number: string;
  numberPrinted: boolean;
  order: number;
  summary: string;
  revisesId: string | null;
  change: string | null;
  changeNote: string | null;
  issueIds?: string[];
};

export async function loadPlanPointSnapshot(tx: DbOrTx, id: string): Promise<PlanPointSnapshot | null> {
  const row = await tx.planPoint.findUnique({ where: { id }, include: { issues: { ...byOrder, select: { issueId: true } } } });
  if (!row) return null;
  const { issues, ...point } = row;
  return plain({ ...point, issueIds: issues.map((i) => i.issueId) });
}
