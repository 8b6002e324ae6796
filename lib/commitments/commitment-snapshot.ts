import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { byOrder, plain, type RecordRow } from "@/lib/revisions/snapshot";

export type CommitmentSnapshot = RecordRow & {
  negotiationId: string;
  eventId: string | null;
  summary: string;
  status: string;
  evidence: string | null;
  partyIds?: string[];
  sourceIds?: string[];
};

export async function loadCommitmentSnapshot(tx: DbOrTx, id: string): Promise<CommitmentSnapshot | null> {
  const row = await tx.commitment.findUnique({
    where: { id },
    include: {
      parties: { orderBy: { partyId: "asc" }, select: { partyId: true } },
      sources: { ...byOrder, select: { sourceId: true } },
    },
  });
  if (!row) return null;
  const { parties, sources, ...commitment } = row;
  return plain({ ...commitment, partyIds: parties.map((p) => p.partyId), sourceIds: sources.map((s) => s.sourceId) });
}
