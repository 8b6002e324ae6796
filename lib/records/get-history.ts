import "server-only";
import { recordRefs } from "./record-refs";
import type { Actor } from "@/lib/auth/actor";
import { canEdit } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { describeRecord, entityTypeLabel } from "./describe-record";
import { negotiationOfRecord } from "./negotiation-of-record";
import { findRecordKind } from "./registry";
import { withoutHiddenLinks } from "./hidden-links";
import { resolveRefs } from "./resolve-names";

/**
 * Everything a history page shows about one record: its current state, its revisions
 * newest first with their field-level changes, names for the ids they mention, and where
 * readers find the record. Null when there is no such record, or when it is retracted and
 * the viewer is not an editor (retraction hides a record from readers, history included).
 */
export async function getHistory({ entityType, id, actor }: { entityType: string; id: string; actor: Actor | null }) {
  const kind = findRecordKind(entityType);
  const current = kind ? await kind.writer.load(db, id) : null;
  if (!kind || !current) return null;
  const editor = canEdit(actor);
  // Hidden with the record: a retracted record, or one whose party, issue or negotiation is.
  const [self] = await recordRefs(db, kind, [id]);
  if (self?.retracted && !editor) return null;
  const stored = await listRevisions({ entityType, entityId: id });
  const [refs, negotiation] = await Promise.all([
    resolveRefs([current, ...stored.flatMap((r) => [r.before, r.after])]),
    negotiationOfRecord(entityType, current),
  ]);
  // Readers see no record an editor retracted, nor the words a link to it carried.
  const hidden = editor ? new Set<string>() : new Set([...refs].flatMap(([key, ref]) => (ref.retracted ? [key] : [])));
  const revisions = editor
    ? stored
    : stored.map((r) => {
        const [before, after] = [withoutHiddenLinks(r.before, hidden), withoutHiddenLinks(r.after, hidden)];
        return { ...r, before, after, changes: diffSnapshots(before, after) };
      });
  const names = Object.fromEntries(
    [...refs].map(([key, ref]) => [key, hidden.has(key) ? `a retracted ${entityTypeLabel(key.slice(0, key.indexOf(":"))).toLowerCase()}` : ref.name]),
  );
  return {
    entityType,
    label: entityTypeLabel(entityType),
    current: withoutHiddenLinks(current, hidden),
    revisions,
    names,
    canEdit: editor,
    title: describeRecord(entityType, current, current.id, (type, refId) => names[`${type}:${refId}`]),
    href: self?.retracted ? null : (self?.href ?? null),
    /** The negotiation the record belongs to, named in the page's trail (none for parties and sources). */
    negotiation,
  };
}

export type History = NonNullable<Awaited<ReturnType<typeof getHistory>>>;
