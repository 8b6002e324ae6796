import "server-only";
import { readerActorLabel } from "@/lib/auth/actor-label";
import type { DbOrTx } from "@/lib/db/client";
import { hiddenLinks, withoutHiddenLinks } from "@/lib/records/hidden-links";
import { visibleIds } from "@/lib/records/record-refs";
import { findRecordKind } from "@/lib/records/registry";
import type { ExportedRevision, ReaderRevision } from "./export-format";
import { iso, type ExportScope } from "./export-section";

type Row = {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
  actorLabel: string;
  note: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
};
type Json = Record<string, unknown> | null;

/**
 * Every revision, oldest first, a page at a time (keyset on the recording time and id),
 * handed to `each`. For readers, only revisions of records readers may see now — by each
 * kind's own rule, parents included — without the account id, naming an API token's owner
 * but not the token, and without the words of links to records they may not see
 * (lib/records/hidden-links.ts).
 */
export async function readRevisions(
  tx: DbOrTx,
  { scope, take, each }: { scope: ExportScope; take: number; each(rows: (ExportedRevision | ReaderRevision)[]): Promise<void> },
) {
  let after: Row | null = null;
  for (;;) {
    const rows: Row[] = await tx.revision.findMany({
      where: after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {},
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
    });
    if (rows.length === 0) return;
    if (scope === "archive") {
      await each(rows.map(archived));
    } else {
      const kept = await ofVisibleRecords(tx, rows);
      const hidden = await hiddenLinks(tx, kept.flatMap((r) => [r.before, r.after]));
      if (kept.length > 0) await each(kept.map((r) => forReaders({ ...r, before: withoutHiddenLinks(r.before, hidden), after: withoutHiddenLinks(r.after, hidden) })));
    }
    if (rows.length < take) return;
    after = rows.at(-1)!;
  }
}

/** The rows whose records readers may see, one query per kind on the page. */
async function ofVisibleRecords(tx: DbOrTx, rows: Row[]): Promise<Row[]> {
  const visible = new Set<string>();
  for (const entityType of new Set(rows.map((r) => r.entityType))) {
    const kind = findRecordKind(entityType);
    if (!kind) continue;
    const ids = [...new Set(rows.filter((r) => r.entityType === entityType).map((r) => r.entityId))];
    for (const id of await visibleIds(tx, kind, ids)) visible.add(`${entityType}:${id}`);
  }
  return rows.filter((r) => visible.has(`${r.entityType}:${r.entityId}`));
}

function archived(r: Row): ExportedRevision {
  return {
    id: r.id,
    entityType: r.entityType as ExportedRevision["entityType"],
    entityId: r.entityId,
    action: r.action as ExportedRevision["action"],
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    note: r.note,
    before: (r.before ?? null) as Json,
    after: (r.after ?? null) as Json,
    createdAt: iso(r.createdAt),
  };
}

function forReaders(r: Row): ReaderRevision {
  const { actorId: _account, ...revision } = archived(r);
  return { ...revision, actorLabel: readerActorLabel(r.actorLabel) };
}
