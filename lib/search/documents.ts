// Builds the search documents of records: the text that is searched and the values the
// filters match. Reads in batches (one query per table), never a query per record.
import type { DbOrTx } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import type { SearchKind } from "./search-input";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";

export type SearchDocument = {
  kind: SearchKind;
  refId: string;
  negotiations: string[];
  parties: string[];
  issues: string[];
  stances: string[];
  attributions: string[];
  date: string | null;
  title: string;
  body: string;
};

// Highlight markers are private-use characters; stored text must never contain them.
const clean = (s: string | null | undefined) => (s ?? "").replace(/[\uE000-\uF8FF]/g, "");
const lines = (...parts: (string | null | undefined)[]) => parts.map(clean).filter(Boolean).join("\n");
const uniq = (values: string[]) => [...new Set(values)].sort();

export async function positionDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.position.findMany({
    where: { id: { in: ids }, ...visiblePosition },
    select: {
      id: true, stance: true, summary: true, details: true, statedOn: true, statedOnPrecision: true,
      party: { select: { slug: true, name: true, shortName: true } },
      issue: { select: { slug: true, name: true, negotiation: { select: { slug: true } } } },
      citations: { select: { attribution: true, quote: true, speaker: true } },
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
    date: toPartialDateText(p.statedOn, "day"),
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
  party: { slug: string; name: string; shortName: string };
  issue: { slug: string; name: string; negotiation: { slug: string } };
  citations: { attribution: string; quote: string | null; speaker: string | null }[];
};

export async function sourceDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.source.findMany({
    where: { id: { in: ids }, ...visibleSource },
    select: {
      id: true, outlet: true, title: true, publishedOn: true,
      citations: {
        where: { position: visiblePosition },
        select: {
          attribution: true,
          position: {
            select: { stance: true, party: { select: { slug: true } }, issue: { select: { slug: true, negotiation: { select: { slug: true } } } } },
          },
        },
      },
    },
  });
  return rows.map(toSourceDocument);
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
    title: clean(s.title),
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

export async function eventDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.event.findMany({
    where: { id: { in: ids }, ...visibleEvent },
    select: {
      id: true, name: true, summary: true, location: true, date: true,
      negotiation: { select: { slug: true } },
      participants: { select: { party: { select: { slug: true } } } },
    },
  });
  return rows.map(toEventDocument);
}

/** An event's search document, from the fields `eventDocuments` reads. */
export function toEventDocument(e: EventDocumentRow): SearchDocument {
  return {
    kind: "event",
    refId: e.id,
    negotiations: [e.negotiation.slug],
    parties: uniq(e.participants.map((p) => p.party.slug)),
    issues: [],
    stances: [],
    attributions: [],
    date: toPartialDateText(e.date, "day"),
    title: clean(e.name),
    body: lines(e.summary, e.location),
  };
}

export type EventDocumentRow = {
  id: string;
  name: string;
  summary: string;
  location: string | null;
  date: Date;
  negotiation: { slug: string };
  participants: { party: { slug: string } }[];
};

export async function commitmentDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.commitment.findMany({
    where: { id: { in: ids }, ...visibleCommitment },
    select: {
      id: true, summary: true, evidence: true,
      negotiation: { select: { slug: true } },
      event: { select: { date: true } },
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
    date: c.event ? toPartialDateText(c.event.date, "day") : null,
    title: clean(c.summary),
    body: lines(c.evidence),
  };
}

export type CommitmentDocumentRow = {
  id: string;
  summary: string;
  evidence: string | null;
  negotiation: { slug: string };
  event: { date: Date } | null;
  parties: { party: { slug: string } }[];
};

export const documentBuilders: Record<SearchKind, (tx: DbOrTx, ids: string[]) => Promise<SearchDocument[]>> = {
  position: positionDocuments,
  source: sourceDocuments,
  event: eventDocuments,
  commitment: commitmentDocuments,
};
