import type { DbOrTx } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { clean, lines, uniq, type SearchDocument } from "@/lib/search/documents";
import { slugOrRetractionChanged, type KindSearch } from "@/lib/search/search-kind";
import { ids } from "@/lib/records/ids";
import { visiblePosition } from "./position-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";

export async function positionDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.position.findMany({
    where: { id: { in: ids }, ...visiblePosition },
    select: {
      id: true, stance: true, summary: true, details: true, statedOn: true, statedOnPrecision: true,
      party: { select: { slug: true, name: true, shortName: true } },
      issue: { select: { slug: true, name: true, negotiation: { select: { slug: true } } } },
      // A retracted source's quotes are not shown on the page, so they are not searched either.
      citations: { where: { source: visibleSource }, select: { attribution: true, quote: true, speaker: true } },
    },
  });
  return rows.map(toPositionDocument);
}

/** A position's search document, from the fields `positionDocuments` reads (the synthetic-data generator builds rows in memory). */
export function toPositionDocument(p: PositionDocumentRow): SearchDocument {
  return {
    kind: "position",
    refId: p.id,
    negotiations: [p.issue.negotiation.slug],
    parties: [p.party.slug],
    issues: [p.issue.slug],
    stances: [p.stance],
    attributions: uniq(p.citations.map((c) => c.attribution)),
    date: toPartialDateText(p.statedOn, p.statedOnPrecision),
    title: clean(`${p.party.shortName}: ${p.issue.name}`),
    body: lines(
      p.summary,
      ...p.citations.filter((c) => c.quote).map((c) => `“${c.quote}”${c.speaker ? ` — ${c.speaker}` : ""}`),
      p.details,
      p.party.name,
    ),
  };
}

export type PositionDocumentRow = {
  id: string;
  stance: string;
  summary: string;
  details: string | null;
  statedOn: Date;
  statedOnPrecision: string;
  party: { slug: string; name: string; shortName: string };
  issue: { slug: string; name: string; negotiation: { slug: string } };
  citations: { attribution: string; quote: string | null; speaker: string | null }[];
};

/** Positions are searched by their summaries, quotes and details, and re-indexed when what their document names changes. */
export const positionSearch: KindSearch = {
  label: { one: "Position", many: "Positions" },
  documents: positionDocuments,
  links: async (_db, ids) => new Map(ids.map((id) => [id, { href: `/positions/${encodeURIComponent(id)}` }])),
  reindexOn: {
    party: async (tx, { entityId }) => ids(await tx.position.findMany({ where: { partyId: entityId }, select: { id: true } })),
    issue: async (tx, { entityId }) => ids(await tx.position.findMany({ where: { issueId: entityId }, select: { id: true } })),
    // Only a retraction or a restore changes what a position's document holds of a source
    // (its quotes); a new source is cited by nothing yet, and asks nothing.
    source: async (tx, { entityId, before, after }) =>
      before && after && Boolean(before.retractedAt) !== Boolean(after.retractedAt)
        ? ids(await tx.position.findMany({ where: { citations: { some: { sourceId: entityId } } }, select: { id: true } }))
        : [],
    negotiation: async (tx, change) =>
      slugOrRetractionChanged(change) ? ids(await tx.position.findMany({ where: { issue: { negotiationId: change.entityId } }, select: { id: true } })) : [],
  },
};
