import "server-only";
import { recordRefs } from "./record-refs";
import type { Actor } from "@/lib/auth/actor";
import { canEdit } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { describeRecord, entityTypeLabel } from "./describe-record";
import { negotiationOfRecord } from "./negotiation-of-record";
import { findRecordKind } from "./registry";
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
  const revisions = await listRevisions({ entityType, entityId: id });
  const [refs, negotiation] = await Promise.all([
    resolveRefs([current, ...revisions.flatMap((r) => [r.before, r.after])]),
    negotiationOfRecord(entityType, current),
  ]);
  const names = Object.fromEntries([...refs].map(([key, ref]) => [key, ref.name]));
  return {
    entityType,
    label: entityTypeLabel(entityType),
    current,
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
