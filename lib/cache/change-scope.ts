// What a committed change touched, as the change signal reports it (change-signal.ts), and
// what a cached answer depends on (dependencies.ts): the cache drops only the answers a
// change can have altered (response-cache.ts).
//
// Both are either "everything" or a set of negotiations plus a set of records
// ("position:abc"). A change to a position of one negotiation leaves the pages of every
// other negotiation, position and party cached; a change the signal cannot describe
// (a script's write, a lost connection) is "everything".

export type Scope = { everything: true } | { everything: false; negotiations: ReadonlySet<string>; records: ReadonlySet<string> };

export const EVERYTHING: Scope = { everything: true };

export function scopeOf({ negotiations = [], records = [] }: { negotiations?: Iterable<string>; records?: Iterable<string> }): Scope {
  return { everything: false, negotiations: new Set(negotiations), records: new Set(records) };
}

/** The key a record goes by in a scope: its kind's name and its id. */
export const recordKey = (entityType: string, id: string) => `${entityType}:${id}`;

// A saved statement alters fewer pages than the rest of a negotiation's records do: its
// negotiation's matrix, comparisons and other overviews (which read every statement), its
// issue's page, its party's page and the pages of the statements in its cell (one party on
// one issue, whose earlier and later statements each page lists). These keys name those
// readings, so that a statement's change need not name its whole negotiation.
/** Every statement of a negotiation, as its overviews read them. */
export const statementsOf = (negotiationId: string) => `statements-of:${negotiationId}`;
/** The statements of one party on one issue. */
export const statementsInCell = (partyId: string, issueId: string) => `statements-in:${partyId}:${issueId}`;
/** What cites a source (statements, events, commitments, plans), as its page lists them. */
export const citationsOf = (sourceId: string) => `citations-of:${sourceId}`;

/** Whether a change of scope `change` can alter an answer that depends on `dependencies`. */
export function overlaps(change: Scope, dependencies: Scope): boolean {
  if (change.everything || dependencies.everything) return true;
  for (const id of change.negotiations) if (dependencies.negotiations.has(id)) return true;
  for (const key of change.records) if (dependencies.records.has(key)) return true;
  return false;
}

/** The PostgreSQL channel changes are notified on (prisma/postgres/migrations/*_change_stamp). */
export const CHANGE_CHANNEL = "parley_changes";
/** The triggers' payload in a transaction that announces its own scope. */
export const SCOPED_MARK = "scoped";
/** The transaction-local setting the write path puts SCOPED_MARK in, for the triggers to pass on. */
export const SCOPE_SETTING = "parley.change_scope";

// The signal's payload: JSON on both engines. PostgreSQL limits a notification to 8000
// bytes; a change too large to describe within that is announced as "everything".
const MAX_PAYLOAD = 7_000;

export function encodeScope(scope: Scope): string {
  if (scope.everything) return JSON.stringify({ everything: true });
  const payload = JSON.stringify({ negotiations: [...scope.negotiations], records: [...scope.records] });
  return payload.length <= MAX_PAYLOAD ? payload : JSON.stringify({ everything: true });
}

/** The scope a payload describes; anything else (empty, malformed) is "everything". */
export function decodeScope(payload: string): Scope {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (typeof parsed !== "object" || parsed === null || "everything" in parsed) return EVERYTHING;
    const { negotiations, records } = parsed as { negotiations?: unknown; records?: unknown };
    const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === "string");
    if (!strings(negotiations) || !strings(records)) return EVERYTHING;
    return scopeOf({ negotiations: negotiations as string[], records: records as string[] });
  } catch {
    return EVERYTHING;
  }
}

/** The payload's field naming the PostgreSQL transaction that made the change (its `pg_current_xact_id()`). */
export const TRANSACTION_FIELD = "transaction";

/** The transaction a payload names, if it names one (PostgreSQL's announced changes do). */
export function decodeTransaction(payload: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(payload);
    const id = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>)[TRANSACTION_FIELD] : undefined;
    return typeof id === "string" && /^\d{1,20}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** One scope covering all of `scopes`. */
export function unionOf(scopes: Scope[]): Scope {
  if (scopes.some((scope) => scope.everything)) return EVERYTHING;
  const negotiations = new Set<string>();
  const records = new Set<string>();
  for (const scope of scopes as Array<Extract<Scope, { everything: false }>>) {
    scope.negotiations.forEach((id) => negotiations.add(id));
    scope.records.forEach((key) => records.add(key));
  }
  return { everything: false, negotiations, records };
}
