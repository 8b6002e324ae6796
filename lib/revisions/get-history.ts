import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { describeRecord } from "./describe-record";
import { listRevisions } from "./list-revisions";
import type { EntityType } from "./record-revision";
import { resolveNames } from "./resolve-names";
import { snapshotOf } from "./snapshot";
import type { AnySnapshot, SnapshotByType } from "./snapshot-types";

export function canEdit(actor: Actor | null | undefined): boolean {
  try {
    assertCanEdit(actor);
    return true;
  } catch {
    return false;
  }
}

/**
 * Everything a history page shows about one record: its current state, its revisions
 * newest first with their field-level changes, names for the ids they mention, and where
 * readers find the record. Null when there is no such record, or when it is retracted and
 * the viewer is not an editor (retraction hides a record from readers, history included).
 */
export async function getHistory({ entityType, id, actor }: { entityType: EntityType; id: string; actor: Actor | null }) {
  const current = await snapshotOf(db, entityType, id);
  if (!current) return null;
  const editor = canEdit(actor);
  if (current.retractedAt && !editor) return null;
  const revisions = await listRevisions({ entityType, entityId: id });
  const names = await resolveNames([current, ...revisions.flatMap((r) => [r.before, r.after])]);
  return {
    entityType,
    current,
    revisions,
    names,
    canEdit: editor,
    title: recordTitle(entityType, current, names),
    href: current.retractedAt ? null : await readerHref(entityType, current),
  };
}

export type History = NonNullable<Awaited<ReturnType<typeof getHistory>>>;

function recordTitle(entityType: EntityType, snapshot: AnySnapshot, names: Record<string, string>) {
  if (entityType === "position") {
    const p = snapshot as SnapshotByType["position"];
    const party = names[`party:${p.partyId}`];
    const issue = names[`issue:${p.issueId}`];
    if (party && issue) return `${party} on ${issue}`;
  }
  return describeRecord(entityType, snapshot, snapshot.id);
}

async function readerHref(entityType: EntityType, snapshot: AnySnapshot): Promise<string | null> {
  const slug = "slug" in snapshot ? encodeURIComponent(snapshot.slug) : null;
  switch (entityType) {
    case "position":
      return `/positions/${encodeURIComponent(snapshot.id)}`;
    case "party":
      return `/parties/${slug}`;
    case "negotiation":
      return `/negotiations/${slug}`;
    case "event":
      return `/events/${slug}`;
    case "commitment":
      return "/commitments";
    case "issue": {
      const issue = snapshot as SnapshotByType["issue"];
      const negotiation = await db.negotiation.findUnique({ where: { id: issue.negotiationId }, select: { slug: true } });
      return negotiation ? `/negotiations/${encodeURIComponent(negotiation.slug)}/issues/${slug}` : null;
    }
    case "source":
      return null;
  }
}
