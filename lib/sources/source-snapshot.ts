import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { plain, type RecordRow } from "@/lib/revisions/snapshot";

export type SourceSnapshot = RecordRow & {
  outlet: string;
  title: string;
  url: string | null;
  publishedOn: string | null;
};

export async function loadSourceSnapshot(tx: DbOrTx, id: string): Promise<SourceSnapshot | null> {
  return plain(await tx.source.findUnique({ where: { id } }));
}
