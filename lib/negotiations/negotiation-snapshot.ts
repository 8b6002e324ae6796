import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { byOrder, plain, type RecordRow } from "@/lib/revisions/snapshot";

export type NegotiationSnapshot = RecordRow & {
  slug: string;
  title: string;
  summary: string;
  status: string;
  parties?: { partyId: string; role: string | null }[];
};

export async function loadNegotiationSnapshot(tx: DbOrTx, id: string): Promise<NegotiationSnapshot | null> {
  const row = await tx.negotiation.findUnique({
    where: { id },
    include: { parties: { ...byOrder, select: { partyId: true, role: true } } },
  });
  return row && plain(row);
}
