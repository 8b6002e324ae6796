// What the app derives from the records, written by the generator in bulk instead of one
// write at a time: a "create" revision per record (with the snapshot lib/revisions would
// store) and the search documents (built by each kind's lib/<kind>/<kind>-search.ts, the same
// functions the index upkeep uses).
import { toCommitmentDocument } from "@/lib/commitments/commitment-search";
import { toEventDocument } from "@/lib/events/event-search";
import { toPositionDocument } from "@/lib/positions/position-search";
import type { SearchDocument } from "@/lib/search/documents";
import { toSourceDocument } from "@/lib/sources/source-search";
import { groupBy } from "@/lib/collections/group-by";
import { padded } from "@/lib/search/sync-search-index";
import type { Dataset, Row } from "./dataset";

export const GENERATOR_LABEL = "Synthetic data generator";

// Dates become ISO strings, as snapshots store them (lib/revisions/snapshot.ts).
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** One "create" revision per record, dated when the record was recorded. */
export function* revisionRows(data: Dataset, nextId: () => string): Generator<Row> {
  const seatsOf = groupBy(data.seats, "negotiationId");
  const participantsOf = groupBy(data.participants, "eventId");
  const eventSourcesOf = groupBy(data.eventSources, "eventId");
  const partiesOf = groupBy(data.commitmentParties, "commitmentId");
  const commitmentSourcesOf = groupBy(data.commitmentSources, "commitmentId");
  const citationsOf = groupBy(data.citations, "positionId");
  const revision = (entityType: string, row: Row, after: Record<string, unknown>): Row => ({
    id: nextId(), entityType, entityId: row.id, action: "create", actorId: null, actorLabel: GENERATOR_LABEL,
    note: null, before: null, after, createdAt: row.createdAt,
  });
  for (const n of data.negotiations) {
    const parties = (seatsOf.get(n.id as string) ?? []).map((s) => ({ partyId: s.partyId, role: s.role }));
    yield revision("negotiation", n, plain({ ...n, parties }));
  }
  for (const p of data.parties) yield revision("party", p, plain(p));
  for (const i of data.issues) yield revision("issue", i, plain(i));
  for (const a of data.areas) yield revision("area", a, plain(a));
  for (const s of data.sources) yield revision("source", s, plain(s));
  for (const e of data.events) {
    const participantIds = (participantsOf.get(e.id as string) ?? []).map((p) => p.partyId as string).sort();
    const sourceIds = (eventSourcesOf.get(e.id as string) ?? []).map((s) => s.sourceId);
    yield revision("event", e, plain({ ...e, participantIds, sourceIds }));
  }
  for (const c of data.commitments) {
    const partyIds = (partiesOf.get(c.id as string) ?? []).map((p) => p.partyId as string).sort();
    const sourceIds = (commitmentSourcesOf.get(c.id as string) ?? []).map((s) => s.sourceId);
    yield revision("commitment", c, plain({ ...c, partyIds, sourceIds }));
  }
  for (const p of data.positions) {
    const citations = (citationsOf.get(p.id as string) ?? []).map(({ sourceId, attribution, quote, speaker }) => ({ sourceId, attribution, quote, speaker }));
    yield revision("position", p, plain({ ...p, citations }));
  }
}

export function revisionCount(data: Dataset) {
  return data.negotiations.length + data.parties.length + data.issues.length + data.areas.length + data.sources.length +
    data.events.length + data.commitments.length + data.positions.length;
}

/** Search documents for every record, in the SearchDocument table's column order. */
export function* searchDocumentRows(data: Dataset): Generator<Row> {
  const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id as string, r]));
  const negotiations = byId(data.negotiations);
  const parties = byId(data.parties);
  const issues = byId(data.issues);
  const events = byId(data.events);
  const citationsOf = groupBy(data.citations, "positionId");
  const citationsOfSource = groupBy(data.citations, "sourceId");
  const positions = byId(data.positions);
  const issueOf = (id: unknown) => {
    const issue = issues.get(id as string)!;
    return { slug: issue.slug as string, name: issue.name as string, negotiation: { slug: negotiations.get(issue.negotiationId as string)!.slug as string } };
  };
  const partyOf = (id: unknown) => parties.get(id as string) as unknown as { slug: string; name: string; shortName: string };
  const slugsOf = (rows: Row[] | undefined) => (rows ?? []).map((r) => ({ party: { slug: partyOf(r.partyId).slug } }));

  for (const p of data.positions) {
    yield columns(toPositionDocument({
      ...(p as never as { id: string; stance: string; summary: string; details: string | null; statedOn: Date; statedOnPrecision: string }),
      party: partyOf(p.partyId), issue: issueOf(p.issueId),
      citations: (citationsOf.get(p.id as string) ?? []) as never,
    }));
  }
  for (const s of data.sources) {
    const citations = (citationsOfSource.get(s.id as string) ?? []).map((c) => {
      const position = positions.get(c.positionId as string)!;
      return { attribution: c.attribution as string, position: { stance: position.stance as string, party: partyOf(position.partyId), issue: issueOf(position.issueId) } };
    });
    yield columns(toSourceDocument({ ...(s as never as { id: string; outlet: string; title: string; publishedOn: string | null }), citations }));
  }
  const participantsOf = groupBy(data.participants, "eventId");
  for (const e of data.events) {
    yield columns(toEventDocument({
      ...(e as never as { id: string; name: string; summary: string; location: string | null; date: Date; datePrecision: string }),
      negotiation: { slug: negotiations.get(e.negotiationId as string)!.slug as string }, participants: slugsOf(participantsOf.get(e.id as string)),
    }));
  }
  const partiesOf = groupBy(data.commitmentParties, "commitmentId");
  for (const c of data.commitments) {
    const event = c.eventId ? events.get(c.eventId as string) : undefined;
    yield columns(toCommitmentDocument({
      ...(c as never as { id: string; summary: string; evidence: string | null }),
      negotiation: { slug: negotiations.get(c.negotiationId as string)!.slug as string },
      event: event ? { date: event.date as Date, datePrecision: event.datePrecision as string } : null, parties: slugsOf(partiesOf.get(c.id as string)),
    }));
  }
}

export function searchDocumentCount(data: Dataset) {
  return data.positions.length + data.sources.length + data.events.length + data.commitments.length;
}

function columns(d: SearchDocument): Row {
  return {
    kind: d.kind, refId: d.refId, negotiations: padded(d.negotiations), parties: padded(d.parties), issues: padded(d.issues),
    stances: padded(d.stances), attributions: padded(d.attributions), date: d.date, title: d.title, body: d.body,
  };
}

