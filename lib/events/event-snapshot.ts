import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { byOrder, plain, type RecordRow } from "@/lib/revisions/snapshot";

export type EventSnapshot = RecordRow & {
  negotiationId: string;
  slug: string;
  name: string;
  date: string;
  datePrecision: string;
  location: string | null;
  summary: string;
  participantIds?: string[];
  sourceIds?: string[];
};

export async function loadEventSnapshot(tx: DbOrTx, id: string): Promise<EventSnapshot | null> {
  const row = await tx.event.findUnique({
    where: { id },
    include: {
      participants: { orderBy: { partyId: "asc" }, select: { partyId: true } },
      sources: { ...byOrder, select: { sourceId: true } },
    },
  });
  if (!row) return null;
  const { participants, sources, ...event } = row;
  return plain({ ...event, participantIds: participants.map((p) => p.partyId), sourceIds: sources.map((s) => s.sourceId) });
}
