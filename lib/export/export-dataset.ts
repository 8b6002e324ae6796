import "server-only";
import { db as defaultDb, engine as defaultEngine, type Db } from "@/lib/db/client";
import { groupBy } from "@/lib/collections/group-by";
import type { Engine } from "@/lib/db/engine";
import { EXPORT_FORMAT, FORMAT_VERSION, type ExportFile } from "./export-format";

// The whole dataset is read and built in memory: a few megabytes at the seed's size (one
// negotiation, ~500 records, ~500 revisions). Past tens of thousands of revisions this
// should stream table by table instead of holding the file twice (rows and JSON text).

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
type Json = Record<string, unknown> | null;
// Vocabulary columns are plain strings in the database, validated by lib/vocab on write.
type Row<K extends keyof ExportFile> = ExportFile[K] extends (infer T)[] ? T : never;
type Pos = Row<"positions">;
type Rev = Row<"revisions">;
const json = (value: unknown) => (value ?? null) as Json;

// Sorted here rather than by the database, so the order is the same on both engines
// (PostgreSQL would sort text by its locale's collation).
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => byText(a.id, b.id);

/**
 * Every row that defines Parley's records, retracted ones included, read in one
 * transaction so the file is a consistent snapshot even while editors save.
 */
export async function exportDataset({ db = defaultDb, engine = defaultEngine }: { db?: Db; engine?: Engine } = {}): Promise<ExportFile> {
  const rows = await db.$transaction(
    async (tx) => {
      // PostgreSQL's default (read committed) gives each query its own snapshot; one
      // snapshot for the whole read needs repeatable read, set before the first query.
      // SQLite's transactions are serializable already.
      if (engine === "postgres") await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
      return {
        negotiations: await tx.negotiation.findMany(),
        parties: await tx.party.findMany(),
        seats: await tx.negotiationParty.findMany(),
        issues: await tx.issue.findMany(),
        sources: await tx.source.findMany(),
        events: await tx.event.findMany(),
        participants: await tx.eventParticipant.findMany(),
        eventSources: await tx.eventSource.findMany(),
        positions: await tx.position.findMany(),
        citations: await tx.citation.findMany(),
        commitments: await tx.commitment.findMany(),
        commitmentParties: await tx.commitmentParty.findMany(),
        commitmentSources: await tx.commitmentSource.findMany(),
        revisions: await tx.revision.findMany(),
      };
    },
    { timeout: 120_000 },
  );

  const participants = groupBy(rows.participants, "eventId");
  const eventSources = groupBy(rows.eventSources, "eventId");
  const citations = groupBy(rows.citations, "positionId");
  const commitmentParties = groupBy(rows.commitmentParties, "commitmentId");
  const commitmentSources = groupBy(rows.commitmentSources, "commitmentId");
  const ordered = <T extends { order: number; sourceId: string }>(list: T[] = []) =>
    [...list].sort((a, b) => a.order - b.order || byText(a.sourceId, b.sourceId));
  const byParty = <T extends { partyId: string }>(list: T[] = []) =>
    list.map((p) => ({ partyId: p.partyId })).sort((a, b) => byText(a.partyId, b.partyId));
  const timestamps = (r: { retractedAt: Date | null; createdAt: Date; updatedAt: Date }) => ({
    retractedAt: isoOrNull(r.retractedAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  });

  return {
    format: EXPORT_FORMAT,
    formatVersion: FORMAT_VERSION,
    generatedAt: new Date().toISOString(),
    negotiations: rows.negotiations.sort(byId).map((n) => ({
      id: n.id,
      version: n.version,
      ...timestamps(n),
      slug: n.slug,
      title: n.title,
      summary: n.summary,
      status: n.status as Row<"negotiations">["status"],
    })),
    parties: rows.parties.sort(byId).map((p) => ({
      id: p.id,
      version: p.version,
      ...timestamps(p),
      slug: p.slug,
      name: p.name,
      shortName: p.shortName,
      kind: p.kind as Row<"parties">["kind"],
      colour: p.colour,
    })),
    negotiationParties: rows.seats
      .sort((a, b) => byText(a.negotiationId, b.negotiationId) || a.order - b.order || byText(a.partyId, b.partyId))
      .map((s) => ({ negotiationId: s.negotiationId, partyId: s.partyId, role: s.role, order: s.order })),
    issues: rows.issues.sort(byId).map((i) => ({
      id: i.id,
      version: i.version,
      ...timestamps(i),
      negotiationId: i.negotiationId,
      slug: i.slug,
      name: i.name,
      description: i.description,
      kind: i.kind as Row<"issues">["kind"],
      order: i.order,
    })),
    sources: rows.sources.sort(byId).map((s) => ({
      id: s.id,
      version: s.version,
      ...timestamps(s),
      outlet: s.outlet,
      title: s.title,
      url: s.url,
      publishedOn: s.publishedOn,
    })),
    events: rows.events.sort(byId).map((e) => ({
      id: e.id,
      version: e.version,
      ...timestamps(e),
      slug: e.slug,
      negotiationId: e.negotiationId,
      name: e.name,
      date: iso(e.date),
      datePrecision: e.datePrecision as Row<"events">["datePrecision"],
      location: e.location,
      summary: e.summary,
      participants: byParty(participants.get(e.id)),
      sources: ordered(eventSources.get(e.id)).map((s) => ({ sourceId: s.sourceId, order: s.order })),
    })),
    positions: rows.positions.sort(byId).map((p) => ({
      id: p.id,
      version: p.version,
      ...timestamps(p),
      partyId: p.partyId,
      issueId: p.issueId,
      eventId: p.eventId,
      stance: p.stance as Pos["stance"],
      summary: p.summary,
      terms: json(p.terms),
      termsConfidence: p.termsConfidence as Pos["termsConfidence"],
      termsNote: p.termsNote,
      details: p.details,
      notes: p.notes,
      statedOn: iso(p.statedOn),
      statedOnPrecision: p.statedOnPrecision as Pos["statedOnPrecision"],
      status: p.status as Pos["status"],
      withdrawnOn: isoOrNull(p.withdrawnOn),
      supersededById: p.supersededById,
      citations: ordered(citations.get(p.id)).map((c) => ({
        id: c.id,
        sourceId: c.sourceId,
        attribution: c.attribution as Pos["citations"][number]["attribution"],
        quote: c.quote,
        speaker: c.speaker,
        order: c.order,
        createdAt: iso(c.createdAt),
      })),
    })),
    commitments: rows.commitments.sort(byId).map((c) => ({
      id: c.id,
      version: c.version,
      ...timestamps(c),
      negotiationId: c.negotiationId,
      eventId: c.eventId,
      summary: c.summary,
      status: c.status as Row<"commitments">["status"],
      evidence: c.evidence,
      parties: byParty(commitmentParties.get(c.id)),
      sources: ordered(commitmentSources.get(c.id)).map((s) => ({ sourceId: s.sourceId, order: s.order })),
    })),
    revisions: rows.revisions
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || byId(a, b))
      .map((r) => ({
        id: r.id,
        entityType: r.entityType as Rev["entityType"],
        entityId: r.entityId,
        action: r.action as Rev["action"],
        actorId: r.actorId,
        actorLabel: r.actorLabel,
        note: r.note,
        before: json(r.before),
        after: json(r.after),
        createdAt: iso(r.createdAt),
      })),
  };
}
