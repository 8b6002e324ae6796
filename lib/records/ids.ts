/** The ids of rows read with `select: { id: true }`. */
export const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** The distinct string values of `field` in the changes' snapshots, before and after ("issueId" of positions). */
export function snapshotIds(changes: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }[], field: string): string[] {
  const found = new Set<string>();
  for (const { before, after } of changes) {
    for (const snapshot of [before, after]) if (typeof snapshot?.[field] === "string") found.add(snapshot[field] as string);
  }
  return [...found];
}

/** The `negotiationId` of rows read with `select: { negotiationId: true }`. */
export const negotiationIds = (rows: { negotiationId: string }[]) => rows.map((r) => r.negotiationId);

/** A `where` clause keeping only the rows among `among` when given (a kind's `within`). */
export const amongIds = (among?: readonly string[]) => (among ? { id: { in: [...among] } } : {});

/** The records named by `rows`, their ids grouped by kind: to ask each kind once about a mixed list. */
export function idsByKind(rows: readonly { entityType: string; entityId: string }[]): Map<string, Set<string>> {
  const byKind = new Map<string, Set<string>>();
  for (const { entityType, entityId } of rows) byKind.set(entityType, (byKind.get(entityType) ?? new Set()).add(entityId));
  return byKind;
}
