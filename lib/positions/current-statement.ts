// The rule for which statement is current (docs/domain-rules.md, "Two kinds of time"), in one place: on a date, the latest
// statement by a party on an issue made on or before it that was not withdrawn by then.
// Both the stored `status` (recompute-statuses.ts) and `asOf` views use it.

export type Statement = { id: string; statedOn: Date; createdAt: Date; withdrawnOn: Date | null };

/** Oldest first; statements on the same day keep the order they were recorded in. */
export function compareStatements(a: Statement, b: Statement): number {
  return (
    a.statedOn.getTime() - b.statedOn.getTime() ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The statement current on `asOf` (or today's record when omitted) among one party's statements on one issue. */
export function currentStatement<S extends Statement>(statements: S[], asOf?: Date): S | undefined {
  const standing = (s: S) => (asOf ? s.statedOn <= asOf && (!s.withdrawnOn || s.withdrawnOn > asOf) : !s.withdrawnOn);
  return [...statements].sort(compareStatements).findLast(standing);
}
