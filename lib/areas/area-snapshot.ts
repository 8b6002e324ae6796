import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { plain, type RecordRow } from "@/lib/revisions/snapshot";

export type AreaSnapshot = RecordRow & {
  negotiationId: string;
  slug: string;
  name: string;
  kind: string;
  order: number;
  code: string | null;
  outline: Record<string, unknown> | null;
  parentId: string | null;
  heldById: string | null;
  heldSince: string | null;
  heldInPart: boolean;
  notes: string | null;
};

export async function loadAreaSnapshot(tx: DbOrTx, id: string): Promise<AreaSnapshot | null> {
  return plain(await tx.area.findUnique({ where: { id } }));
}
