import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { plain, type RecordRow } from "@/lib/revisions/snapshot";

export type PartySnapshot = RecordRow & {
  slug: string;
  name: string;
  shortName: string;
  kind: string;
  colour: string;
};

export async function loadPartySnapshot(tx: DbOrTx, id: string): Promise<PartySnapshot | null> {
  return plain(await tx.party.findUnique({ where: { id } }));
}
