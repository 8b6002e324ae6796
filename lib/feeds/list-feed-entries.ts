import "server-only";
import { db } from "@/lib/db/client";
import { describeRecord } from "@/lib/records/describe-record";
import { historyHref } from "@/lib/records/history-href";
import { recordRefs } from "@/lib/records/record-refs";
import { findRecordKind } from "@/lib/records/registry";
import { resolveRefs } from "@/lib/records/resolve-names";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { newestRevisions } from "@/lib/revisions/newest-revisions";
import type { RevisionAction } from "@/lib/revisions/record-revision";
import { fieldLabel } from "@/lib/words/field-labels";
import type { AtomEntry } from "./atom";
import type { FeedScope } from "./feed-scope";
import { readerActorLabel } from "@/lib/auth/actor-label";

export const FEED_SIZE = 50;

type Snapshot = Record<string, unknown> | null;

/** "Updated position: Ruritania on Territorial demands" starts with these; "Reinstated", a statement current again. */
const verb: Record<RevisionAction, string> = {
  create: "New",
  update: "Updated",
  retract: "Retracted",
  restore: "Restored",
  revert: "Reverted",
  supersede: "Superseded",
  withdraw: "Withdrawn",
  reinstate: "Reinstated",
};


/** The newest revisions in a scope, as Atom entries with absolute links on `origin`. */
export async function listFeedEntries(scope: FeedScope, origin: string, limit = FEED_SIZE): Promise<AtomEntry[]> {
  const revisions = await newestRevisions({ records: scope.records, take: limit });
  const records = await lookUpRecords(revisions);

  return revisions.map((r) => {
    const type = r.entityType;
    const action = r.action as RevisionAction;
    const snapshot = (r.after ?? r.before) as Snapshot;
    const current = records.get(`${type}:${r.entityId}`);
    const lead = `${verb[action] ?? r.action} ${findRecordKind(type)?.label.toLowerCase() ?? type}`;
    const base = { id: `urn:parley:revision:${r.id}`, updated: r.createdAt, author: readerActorLabel(r.actorLabel) };
    // A retracted record's history is hidden from readers (its history page is a 404):
    // the feed says only that something since retracted changed.
    if (!current || current.retracted) {
      return { ...base, title: `${lead} (since retracted)`, links: [{ rel: "alternate", href: `${origin}/changes` }], summary: "This record has since been retracted." };
    }
    const name = describeRecord(type, snapshot, r.entityId, (kind, id) => records.get(`${kind}:${id}`)?.shortName);
    return {
      ...base,
      title: `${lead}: ${name}`,
      links: [
        // Sources have no page of their own: their history is where to read about them.
        { rel: "alternate", type: "text/html", href: `${origin}${current.href ?? historyHref(type, r.entityId)}` },
        { rel: "version-history", type: "text/html", title: "History of this record", href: `${origin}${historyHref(type, r.entityId)}` },
      ],
      summary: summarise(action, r.before as Snapshot, r.after as Snapshot, r.note),
    };
  });
}

function summarise(action: RevisionAction, before: Snapshot, after: Snapshot, note: string | null) {
  const fields = [...new Set(diffSnapshots(before, after).map((c) => fieldLabel(c.path[0]!)))];
  const what =
    action === "create"
      ? "Added to Parley."
      : action === "retract"
        ? "Retracted: readers no longer see it."
        : action === "restore"
          ? "Restored: readers see it again."
          : fields.length > 0
            ? `Changed: ${fields.join(", ")}.`
            : "No field changed.";
  return note ? `${what} Note: ${note}` : what;
}

/**
 * Each changed record as it is now (where its page is, whether it is retracted), plus the
 * records their snapshots point at (a position's party and issue), keyed "type:id".
 */
async function lookUpRecords(revisions: { entityType: string; entityId: string; before: unknown; after: unknown }[]) {
  const [changed, named] = await Promise.all([
    lookUp(revisions.map((r) => [r.entityType, r.entityId] as const)),
    resolveRefs(revisions.map((r) => r.after ?? r.before)),
  ]);
  return new Map([...named, ...changed]);
}

async function lookUp(pairs: (readonly [string, string])[]) {
  const byKind = new Map<string, Set<string>>();
  for (const [type, id] of pairs) byKind.set(type, (byKind.get(type) ?? new Set()).add(id));
  const found = await Promise.all(
    [...byKind].map(async ([type, ids]) => {
      const kind = findRecordKind(type);
      return kind ? (await recordRefs(db, kind, [...ids])).map((ref) => [`${type}:${ref.id}`, ref] as const) : [];
    }),
  );
  return new Map(found.flat());
}
