import { isDeepStrictEqual } from "node:util";
import { groupBy } from "@/lib/collections/group-by";
import type { DbOrTx } from "@/lib/db/client";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { uniq, clean, lines, type SearchDocument } from "@/lib/search/documents";
import { slugOrRetractionChanged, type HitLink, type IndexedChange, type KindSearch } from "@/lib/search/search-kind";
import { visibleSource } from "./source-visibility";
import { titleWithRemark } from "./title-remark";

/**
 * The documents of the visible sources among `ids`. What cites them is read only for those
 * something cites: a new source, cited by nothing yet, costs one query rather than the six a
 * nested read sends whether or not there is anything to read.
 */
export async function sourceDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const sources = await tx.source.findMany({
    where: { id: { in: ids }, ...visibleSource },
    select: { id: true, outlet: true, title: true, publishedOn: true, _count: { select: { citations: true } } },
  });
  const cited = sources.filter((s) => s._count.citations > 0).map((s) => s.id);
  const citations =
    cited.length === 0
      ? []
      : await tx.citation.findMany({
          where: { sourceId: { in: cited }, position: visiblePosition },
          select: {
            sourceId: true,
            attribution: true,
            position: {
              select: { stance: true, party: { select: { slug: true } }, issue: { select: { slug: true, negotiation: { select: { slug: true } } } } },
            },
          },
        });
  const bySource = groupBy(citations, "sourceId");
  return sources.map(({ _count, ...source }) => toSourceDocument({ ...source, citations: bySource.get(source.id) ?? [] }));
}

/** A source's search document, from the fields `sourceDocuments` reads. */
export function toSourceDocument(s: SourceDocumentRow): SearchDocument {
  return {
    kind: "source",
    refId: s.id,
    negotiations: uniq(s.citations.map((c) => c.position.issue.negotiation.slug)),
    parties: uniq(s.citations.map((c) => c.position.party.slug)),
    issues: uniq(s.citations.map((c) => c.position.issue.slug)),
    stances: uniq(s.citations.map((c) => c.position.stance)),
    attributions: uniq(s.citations.map((c) => c.attribution)),
    date: s.publishedOn,
    // The title as readers see it: a cataloguer's remark ("[descriptive title]") is not the
    // source's words, and indexed it made "title" or "descriptive" match hundreds of sources.
    title: clean(titleWithRemark(s.title).title),
    body: lines(s.outlet),
  };
}

export type SourceDocumentRow = {
  id: string;
  outlet: string;
  title: string;
  publishedOn: string | null;
  citations: {
    attribution: string;
    position: { stance: string; party: { slug: string }; issue: { slug: string; negotiation: { slug: string } } };
  }[];
};

type Snapshot = IndexedChange["before"];
type CitedSource = { sourceId: string; attribution: string };

/**
 * The sources whose documents a change to a position affects. A source's document lists, as
 * filter values, the party, issue, stance and attribution of each position citing it, so
 * it changes only when one of those does: an edit to a summary re-indexes no source, while
 * a citation dropped re-indexes the source it was to. Null when the snapshots cannot tell.
 */
function sourcesAffectedByPosition(before: Snapshot, after: Snapshot): string[] | null {
  const cited = (s: Snapshot) => s?.citations as CitedSource[] | undefined;
  if (!before && !after) return null;
  if (before === undefined || after === undefined || (before && !cited(before)) || (after && !cited(after))) return null;
  const filterValues = (s: Snapshot) =>
    s && {
      partyId: s.partyId,
      issueId: s.issueId,
      stance: s.stance,
      retracted: Boolean(s.retractedAt),
      citations: cited(s)!.map((c) => `${c.sourceId} ${c.attribution}`).sort(),
    };
  if (isDeepStrictEqual(filterValues(before), filterValues(after))) return [];
  return [...new Set([...(cited(before) ?? []), ...(cited(after) ?? [])].map((c) => c.sourceId))];
}


/** Sources cited by the positions `where` picks. */
async function citedBy(tx: DbOrTx, where: object) {
  return (await tx.citation.findMany({ where: { position: where }, select: { sourceId: true }, distinct: ["sourceId"] })).map((c) => c.sourceId);
}

/**
 * Where a source hit leads: its own page, with its outlet, how its title was recorded, and the
 * first position citing it (else an event or commitment that does). One query, whatever the
 * number of hits.
 */
async function sourceLinks(db: DbOrTx, ids: string[]): Promise<Map<string, HitLink>> {
  const sources = await db.source.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      outlet: true,
      title: true,
      citations: {
        where: { position: visiblePosition },
        // The earliest statement; on the same day the one recorded first.
        orderBy: [{ position: { statedOn: "asc" } }, { position: { createdAt: "asc" } }, { positionId: "asc" }],
        take: 1,
        select: { position: { select: { id: true, party: { select: { shortName: true } }, issue: { select: { name: true } } } } },
      },
      events: {
        where: { event: visibleEvent },
        orderBy: [{ event: { date: "asc" } }, { eventId: "asc" }],
        take: 1,
        select: { event: { select: { slug: true, name: true } } },
      },
      commitments: {
        where: { commitment: visibleCommitment },
        orderBy: { commitmentId: "asc" },
        take: 1,
        select: { commitment: { select: { id: true, summary: true } } },
      },
    },
  });
  const links = new Map<string, HitLink>();
  for (const s of sources) {
    const position = s.citations[0]?.position;
    const event = s.events[0]?.event;
    const commitment = s.commitments[0]?.commitment;
    const firstCited = position
      ? { href: `/positions/${encodeURIComponent(position.id)}`, label: `${position.party.shortName} on ${position.issue.name}` }
      : event
        ? { href: `/events/${encodeURIComponent(event.slug)}`, label: event.name }
        : commitment
          ? { href: `/commitments/${encodeURIComponent(commitment.id)}`, label: commitment.summary }
          : null;
    links.set(s.id, { href: `/sources/${encodeURIComponent(s.id)}`, outlet: s.outlet, remark: titleWithRemark(s.title).remark, firstCited });
  }
  return links;
}

/** Sources are searched by title and outlet, and filtered by what the positions citing them say. */
export const sourceSearch: KindSearch = {
  label: { one: "Source", many: "Sources" },
  ranksAfterRecords: true,
  documents: sourceDocuments,
  links: sourceLinks,
  reindexOn: {
    position: async (tx, change) =>
      sourcesAffectedByPosition(change.before, change.after) ??
      (await tx.citation.findMany({ where: { positionId: change.entityId }, select: { sourceId: true } })).map((c) => c.sourceId),
    party: (tx, { entityId }) => citedBy(tx, { partyId: entityId }),
    issue: (tx, { entityId }) => citedBy(tx, { issueId: entityId }),
    negotiation: async (tx, change) => (slugOrRetractionChanged(change) ? citedBy(tx, { issue: { negotiationId: change.entityId } }) : []),
  },
};
