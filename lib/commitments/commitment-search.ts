import type { DbOrTx } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { clean, lines, uniq, type SearchDocument } from "@/lib/search/documents";
import { slugOrRetractionChanged, type KindSearch } from "@/lib/search/search-kind";
import { ids } from "@/lib/records/ids";
import { visibleCommitment } from "./commitment-visibility";

export async function commitmentDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.commitment.findMany({
    where: { id: { in: ids }, ...visibleCommitment },
    select: {
      id: true, summary: true, evidence: true,
      negotiation: { select: { slug: true } },
      event: { select: { date: true, datePrecision: true } },
      parties: { select: { party: { select: { slug: true } } } },
    },
  });
  return rows.map(toCommitmentDocument);
}

/** A commitment's search document, from the fields `commitmentDocuments` reads. */
export function toCommitmentDocument(c: CommitmentDocumentRow): SearchDocument {
  return {
    kind: "commitment",
    refId: c.id,
    negotiations: [c.negotiation.slug],
    parties: uniq(c.parties.map((p) => p.party.slug)),
    issues: [],
    stances: [],
    attributions: [],
    date: c.event ? toPartialDateText(c.event.date, c.event.datePrecision) : null,
    title: clean(c.summary),
    body: lines(c.evidence),
  };
}

export type CommitmentDocumentRow = {
  id: string;
  summary: string;
  evidence: string | null;
  negotiation: { slug: string };
  event: { date: Date; datePrecision: string } | null;
  parties: { party: { slug: string } }[];
};

export const commitmentSearch: KindSearch = {
  label: { one: "Commitment", many: "Commitments" },
  documents: commitmentDocuments,
  links: async (_db, ids) => new Map(ids.map((id) => [id, { href: `/commitments/${encodeURIComponent(id)}` }])),
  reindexOn: {
    // Its document gives the date of the event it was made at.
    event: async (tx, { entityId }) => ids(await tx.commitment.findMany({ where: { eventId: entityId }, select: { id: true } })),
    party: async (tx, { entityId }) =>
      (await tx.commitmentParty.findMany({ where: { partyId: entityId }, select: { commitmentId: true } })).map((c) => c.commitmentId),
    negotiation: async (tx, change) =>
      slugOrRetractionChanged(change) ? ids(await tx.commitment.findMany({ where: { negotiationId: change.entityId }, select: { id: true } })) : [],
  },
};
