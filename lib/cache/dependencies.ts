// What a cached answer depends on (change-scope.ts), resolved from its address when it is
// rendered. A record's pages depend on its negotiation (and the record itself): any change
// to that negotiation's records drops them, except a statement's, which reaches only the
// readings it appears in — its negotiation's overviews (`statementsOf`), its issue's and
// party's pages, and its cell's statements (`statementsInCell`). So the negotiation's own
// pages, events, plans and commitments also depend on its statements; an issue page on its
// issue; a party's pages on the party (and every negotiation it sits in or spoke on); a
// statement's on its cell; a source's page on what cites it. Everything else — the home page,
// lists, search, the change feeds, history, addresses that name no record — depends on every
// change.
//
// Free of server-only imports: server.ts loads it outside Next.js.
import { db, type DbOrTx } from "../db/client";
import { negotiationsShowingParties } from "../parties/party-negotiations";
import { mentionCandidates } from "../records/mentions";
import { citationsOf, EVERYTHING, recordKey, scopeOf, statementsInCell, statementsOf, type Scope } from "./change-scope";

/** The scope of the address whose path is `/<kind>/<idOrSlug>/<...rest>`. */
type Resolver = (db: DbOrTx, idOrSlug: string, rest: string[]) => Promise<Scope | null>;

/** A page of a record of one negotiation that lists or counts its statements (events, plans, commitments). */
const inNegotiation = (entityType: string, row: { id: string; negotiationId: string } | null): Scope | null =>
  row && scopeOf({ negotiations: [row.negotiationId], records: [recordKey(entityType, row.id), statementsOf(row.negotiationId)] });

const byIdOrSlug = (idOrSlug: string) => ({ OR: [{ id: idOrSlug }, { slug: idOrSlug }] });

const negotiation: Resolver = async (db, idOrSlug, rest) => {
  const row = await db.negotiation.findFirst({ where: byIdOrSlug(idOrSlug), select: { id: true } });
  if (!row) return null;
  const own = recordKey("negotiation", row.id);
  // An issue's page (and what lies below it) shows that issue's statements only.
  if (rest[0] === "issues" && rest[1]) {
    const issue = await db.issue.findFirst({ where: { negotiationId: row.id, slug: rest[1] }, select: { id: true } });
    if (issue) return scopeOf({ negotiations: [row.id], records: [own, recordKey("issue", issue.id)] });
  }
  return scopeOf({ negotiations: [row.id], records: [own, statementsOf(row.id)] });
};

const party: Resolver = async (db, idOrSlug) => {
  const row = await db.party.findFirst({ where: byIdOrSlug(idOrSlug), select: { id: true } });
  return row && scopeOf({ negotiations: await negotiationsShowingParties(db, [row.id]), records: [recordKey("party", row.id)] });
};

// A statement's page lists the earlier and later statements of its cell, and names the
// statements its notes mention by id (lib/records/mentions.ts) by party and date.
const position: Resolver = async (db, id) => {
  const cell = { partyId: true, issueId: true, issue: { select: { negotiationId: true } } } as const;
  const row = await db.position.findUnique({ where: { id }, select: { id: true, notes: true, termsNote: true, details: true, ...cell } });
  if (!row) return null;
  const named = mentionCandidates([row.notes, row.termsNote, row.details], row.id);
  const mentioned = named.length > 0 ? await db.position.findMany({ where: { id: { in: named } }, select: { id: true, ...cell } }) : [];
  const statements = [row, ...mentioned];
  return scopeOf({
    negotiations: statements.map((p) => p.issue.negotiationId),
    records: [recordKey("position", row.id), ...statements.map((p) => statementsInCell(p.partyId, p.issueId))],
  });
};

const plan: Resolver = async (db, id) => inNegotiation("plan", await db.plan.findUnique({ where: { id }, select: { id: true, negotiationId: true } }));

const event: Resolver = async (db, idOrSlug) =>
  inNegotiation("event", await db.event.findFirst({ where: byIdOrSlug(idOrSlug), select: { id: true, negotiationId: true } }));

const issue: Resolver = async (db, id) => {
  const row = await db.issue.findUnique({ where: { id }, select: { id: true, negotiationId: true } });
  return row && scopeOf({ negotiations: [row.negotiationId], records: [recordKey("issue", row.id)] });
};

const commitment: Resolver = async (db, id) =>
  inNegotiation("commitment", await db.commitment.findUnique({ where: { id }, select: { id: true, negotiationId: true } }));

// A commitment's page shows no statements: only its own negotiation's changes reach it.
const commitmentPage: Resolver = async (db, id) => {
  const row = await db.commitment.findUnique({ where: { id }, select: { id: true, negotiationId: true } });
  return row && scopeOf({ negotiations: [row.negotiationId], records: [recordKey("commitment", row.id)] });
};

// A source's page lists what cites it, or another record of its address, in any negotiation:
// the statements (their words, status and cell), events, commitments and plans. Read whether
// or not readers see them now, since a restore makes them seen again. A record that comes to
// cite the source, or stops, announces `citationsOf` it (scopeOfChange), so it needs no entry
// here yet.
const sourcePage: Resolver = async (db, id) => {
  const row = await db.source.findUnique({ where: { id }, select: { id: true, url: true } });
  if (!row) return null;
  const ids = row.url ? (await db.source.findMany({ where: { url: row.url }, select: { id: true } })).map((s) => s.id) : [row.id];
  const cites = { sourceId: { in: ids } };
  const [citations, events, commitments, plans] = await Promise.all([
    db.citation.findMany({ where: cites, select: { position: { select: { id: true, partyId: true, issueId: true, issue: { select: { negotiationId: true } } } } } }),
    db.eventSource.findMany({ where: cites, select: { event: { select: { negotiationId: true } } } }),
    db.commitmentSource.findMany({ where: cites, select: { commitment: { select: { negotiationId: true } } } }),
    db.planSource.findMany({ where: cites, select: { plan: { select: { negotiationId: true } } } }),
  ]);
  const statements = citations.map((c) => c.position);
  return scopeOf({
    negotiations: [
      ...statements.map((p) => p.issue.negotiationId),
      ...events.map((e) => e.event.negotiationId),
      ...commitments.map((c) => c.commitment.negotiationId),
      ...plans.map((p) => p.plan.negotiationId),
    ],
    records: [
      ...ids.flatMap((sourceId) => [recordKey("source", sourceId), citationsOf(sourceId)]),
      ...statements.flatMap((p) => [recordKey("position", p.id), recordKey("party", p.partyId), statementsInCell(p.partyId, p.issueId)]),
    ],
  });
};

// A source through the API is its own fields only.
const sourceItem: Resolver = async (db, id) => {
  const row = await db.source.findUnique({ where: { id }, select: { id: true } });
  return row && scopeOf({ records: [recordKey("source", row.id)] });
};

// Reader pages by their first segment, API answers by their resource; list pages, "new"
// forms and kinds not named here depend on everything.
const PAGES: Record<string, Resolver> = {
  negotiations: negotiation,
  parties: party,
  positions: position,
  plans: plan,
  events: event,
  commitments: commitmentPage,
  sources: sourcePage,
};
const API: Record<string, Resolver> = { ...PAGES, issues: issue, commitments: commitment, sources: sourceItem };
const NOT_RECORDS = new Set(["new"]);

/** What the answer at `url` (a path with its query) depends on; "everything" when unsure. */
export async function dependenciesOf(url: string, client: DbOrTx = db): Promise<Scope> {
  const segments = new URL(url, "http://parley.invalid").pathname.split("/").filter(Boolean).map(decodeSegment);
  const api = segments[0] === "api" && segments[1] === "v1";
  const [kind, idOrSlug, ...rest] = api ? segments.slice(2) : segments;
  const resolve = kind ? (api ? API : PAGES)[kind] : undefined;
  if (!resolve || !idOrSlug || NOT_RECORDS.has(idOrSlug)) return EVERYTHING;
  try {
    return (await resolve(client, idOrSlug, rest)) ?? EVERYTHING;
  } catch {
    return EVERYTHING;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
