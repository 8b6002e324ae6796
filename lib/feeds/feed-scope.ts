import "server-only";
import { db } from "@/lib/db/client";
import type { FeedScopeKind, RecordKind } from "@/lib/records/record-kind";
import { recordKinds } from "@/lib/records/registry";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";

// What a changes feed covers. A scoped feed lists the revisions of the scope's own record
// and of the records inside it, chosen by what they belong to now: a position moved to
// another party since moves its whole history with it. Each kind says which of its records
// a scope holds (`within` in lib/<kind>/<kind>-kind.ts):
//   negotiation: it, its issues, the positions on them, its events, commitments, areas,
//                plans and their points
//   party:       it, its positions, the events it took part in, the commitments it made,
//                the plans it wrote and their points, the areas it holds
//   issue:       it and the positions on it
// Retracted records stay in scope; the feed names them only as retracted.

export type FeedScopeParams =
  | { kind: "site" }
  | { kind: "negotiation"; slug: string }
  | { kind: "party"; slug: string }
  | { kind: "issue"; negotiationSlug: string; issueSlug: string };

export type FeedScope = {
  /** A permanent id for the feed, the same whatever host serves it. */
  id: string;
  title: string;
  subtitle: string;
  /** Site paths: the page the feed follows, and the feed itself. */
  pagePath: string;
  feedPath: string;
  /** The records whose revisions the feed lists; null for every record. */
  records: Record<string, string[]> | null;
};

const SUBTITLE = "Changes to Parley's records, newest first, by the date each was recorded.";

/** Every kind's records inside the scope's own record, by kind (the changes page and the revisions API filter by it too). */
export async function recordsWithin(scope: FeedScopeKind, id: string): Promise<Record<string, string[]>> {
  const found = await Promise.all(
    (recordKinds as readonly RecordKind[]).map(async (kind) => [kind.entityType, (await kind.within?.[scope]?.(db, id)) ?? []] as const),
  );
  return Object.fromEntries(found.filter(([, ids]) => ids.length > 0));
}
const enc = encodeURIComponent;

/** The scope a feed URL names, or null when there is no such (unretracted) negotiation, party or issue. */
export async function resolveFeedScope(params: FeedScopeParams): Promise<FeedScope | null> {
  switch (params.kind) {
    case "site":
      return { id: "urn:parley:changes", title: "Parley: recent changes", subtitle: SUBTITLE, pagePath: "/changes", feedPath: "/changes.atom", records: null };

    case "negotiation": {
      const n = await db.negotiation.findFirst({ where: { slug: params.slug, ...visibleNegotiation }, select: { id: true, slug: true, title: true } });
      if (!n) return null;
      return {
        id: `urn:parley:changes:negotiation:${n.id}`,
        title: `Parley: changes to ${n.title}`,
        subtitle: SUBTITLE,
        pagePath: `/negotiations/${enc(n.slug)}`,
        feedPath: `/negotiations/${enc(n.slug)}/changes.atom`,
        records: await recordsWithin("negotiation", n.id),
      };
    }

    case "party": {
      const p = await db.party.findFirst({ where: { slug: params.slug, ...visibleParty }, select: { id: true, slug: true, name: true } });
      if (!p) return null;
      return {
        id: `urn:parley:changes:party:${p.id}`,
        title: `Parley: changes concerning ${p.name}`,
        subtitle: SUBTITLE,
        pagePath: `/parties/${enc(p.slug)}`,
        feedPath: `/parties/${enc(p.slug)}/changes.atom`,
        records: await recordsWithin("party", p.id),
      };
    }

    case "issue": {
      const i = await db.issue.findFirst({
        where: { slug: params.issueSlug, ...visibleIssue, negotiation: { slug: params.negotiationSlug, ...visibleNegotiation } },
        select: { id: true, slug: true, name: true, negotiation: { select: { slug: true, title: true } } },
      });
      if (!i) return null;
      const page = `/negotiations/${enc(i.negotiation.slug)}/issues/${enc(i.slug)}`;
      return {
        id: `urn:parley:changes:issue:${i.id}`,
        title: `Parley: changes to ${i.name} (${i.negotiation.title})`,
        subtitle: SUBTITLE,
        pagePath: page,
        feedPath: `${page}/changes.atom`,
        records: await recordsWithin("issue", i.id),
      };
    }
  }
}
