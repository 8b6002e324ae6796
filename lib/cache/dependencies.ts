// What a cached answer depends on (change-scope.ts), resolved from its address when it is
// rendered: the pages and API answers of one negotiation, position, party, plan or event
// depend on that negotiation (and the record itself); a party's on every negotiation it
// sits in. Everything else — the home page, lists, search, the change feeds, history,
// addresses that name no record — depends on every change.
//
// Free of server-only imports: server.ts loads it outside Next.js.
import { db, type DbOrTx } from "../db/client";
import { EVERYTHING, recordKey, scopeOf, type Scope } from "./change-scope";

type Resolver = (db: DbOrTx, idOrSlug: string) => Promise<Scope | null>;

const inNegotiation = (entityType: string, row: { id: string; negotiationId: string } | null): Scope | null =>
  row && scopeOf({ negotiations: [row.negotiationId], records: [recordKey(entityType, row.id)] });

const byIdOrSlug = (idOrSlug: string) => ({ OR: [{ id: idOrSlug }, { slug: idOrSlug }] });

const negotiation: Resolver = async (db, idOrSlug) => {
  const row = await db.negotiation.findFirst({ where: byIdOrSlug(idOrSlug), select: { id: true } });
  return row && scopeOf({ negotiations: [row.id], records: [recordKey("negotiation", row.id)] });
};

const party: Resolver = async (db, idOrSlug) => {
  const row = await db.party.findFirst({ where: byIdOrSlug(idOrSlug), select: { id: true, negotiations: { select: { negotiationId: true } } } });
  return row && scopeOf({ negotiations: row.negotiations.map((seat) => seat.negotiationId), records: [recordKey("party", row.id)] });
};

const position: Resolver = async (db, id) => {
  const row = await db.position.findUnique({ where: { id }, select: { id: true, issue: { select: { negotiationId: true } } } });
  return inNegotiation("position", row && { id: row.id, negotiationId: row.issue.negotiationId });
};

const plan: Resolver = async (db, id) => inNegotiation("plan", await db.plan.findUnique({ where: { id }, select: { id: true, negotiationId: true } }));

const event: Resolver = async (db, idOrSlug) =>
  inNegotiation("event", await db.event.findFirst({ where: byIdOrSlug(idOrSlug), select: { id: true, negotiationId: true } }));

const issue: Resolver = async (db, id) => inNegotiation("issue", await db.issue.findUnique({ where: { id }, select: { id: true, negotiationId: true } }));

const commitment: Resolver = async (db, id) =>
  inNegotiation("commitment", await db.commitment.findUnique({ where: { id }, select: { id: true, negotiationId: true } }));

// Reader pages by their first segment, API answers by their resource; list pages, "new"
// forms and kinds not named here depend on everything.
const PAGES: Record<string, Resolver> = { negotiations: negotiation, parties: party, positions: position, plans: plan, events: event };
const API: Record<string, Resolver> = { ...PAGES, issues: issue, commitments: commitment };
const NOT_RECORDS = new Set(["new"]);

/** What the answer at `url` (a path with its query) depends on; "everything" when unsure. */
export async function dependenciesOf(url: string, client: DbOrTx = db): Promise<Scope> {
  const segments = new URL(url, "http://parley.invalid").pathname.split("/").filter(Boolean).map(decodeSegment);
  const api = segments[0] === "api" && segments[1] === "v1";
  const [kind, idOrSlug] = api ? segments.slice(2) : segments;
  const resolve = kind ? (api ? API : PAGES)[kind] : undefined;
  if (!resolve || !idOrSlug || NOT_RECORDS.has(idOrSlug)) return EVERYTHING;
  try {
    return (await resolve(client, idOrSlug)) ?? EVERYTHING;
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
