import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { byOrder, plain, type RecordRow } from "@/lib/revisions/snapshot";

export type CitationSnapshot = {
  sourceId: string;
  attribution: string;
  quote: string | null;
  speaker: string | null;
};

export type PositionSnapshot = RecordRow & {
  partyId: string;
  issueId: string;
  eventId: string | null;
  stance: string;
  summary: string;
  terms: Record<string, unknown> | null;
  termsConfidence: string | null;
  termsNote: string | null;
  details: string | null;
  notes: string | null;
  statedOn: string;
  statedOnPrecision: string;
  status: string;
  withdrawnOn: string | null;
  supersededById: string | null;
  citations?: CitationSnapshot[];
  pointIds?: string[];
};

export async function loadPositionSnapshot(tx: DbOrTx, id: string): Promise<PositionSnapshot | null> {
  const row = await tx.position.findUnique({
    where: { id },
    include: {
      citations: { ...byOrder, select: { sourceId: true, attribution: true, quote: true, speaker: true } },
      pointsCited: { ...byOrder, select: { pointId: true } },
    },
  });
  if (!row) return null;
  const { pointsCited, ...position } = row;
  return plain({ ...position, pointIds: pointsCited.map((p) => p.pointId) });
}
