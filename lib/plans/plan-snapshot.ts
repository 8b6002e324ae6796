import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { byOrder, plain, type RecordRow } from "@/lib/revisions/snapshot";

export type PlanSnapshot = RecordRow & {
  negotiationId: string;
  title: string;
  date: string;
  datePrecision: string;
  status: string;
  summary: string;
  notes: string | null;
  pointCount: number | null;
  previousVersionId: string | null;
  authorIds?: string[];
  sourceIds?: string[];
  droppedPoints?: { pointId: string; note: string | null }[];
};

export async function loadPlanSnapshot(tx: DbOrTx, id: string): Promise<PlanSnapshot | null> {
  const row = await tx.plan.findUnique({
    where: { id },
    include: {
      authors: { ...byOrder, select: { partyId: true } },
      sources: { ...byOrder, select: { sourceId: true } },
      droppedPoints: { ...byOrder, select: { pointId: true, note: true } },
    },
  });
  if (!row) return null;
  const { authors, sources, droppedPoints, ...plan } = row;
  return plain({ ...plan, authorIds: authors.map((a) => a.partyId), sourceIds: sources.map((s) => s.sourceId), droppedPoints });
}
