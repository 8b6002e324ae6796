import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { plain, type RecordRow } from "@/lib/revisions/snapshot";

export type IssueSnapshot = RecordRow & {
  negotiationId: string;
  slug: string;
  name: string;
  description: string;
  kind: string;
  order: number;
};

export async function loadIssueSnapshot(tx: DbOrTx, id: string): Promise<IssueSnapshot | null> {
  return plain(await tx.issue.findUnique({ where: { id } }));
}
