/**
 * Rows ordered so each comes after the row it points at (`refOf`), as an insert must when
 * the reference is a foreign key into the same table; null when the references loop.
 */
export function referenceOrder<T extends { id: string }>(rows: T[], refOf: (row: T) => string | null): T[] | null {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const placed = new Set<string>();
  const out: T[] = [];
  for (const start of rows) {
    const path: T[] = [];
    const onPath = new Set<string>();
    let current: T | undefined = start;
    while (current && !placed.has(current.id)) {
      if (onPath.has(current.id)) return null;
      onPath.add(current.id);
      path.push(current);
      const ref = refOf(current);
      current = ref ? byId.get(ref) : undefined;
    }
    for (const row of path.reverse()) {
      placed.add(row.id);
      out.push(row);
    }
  }
  return out;
}
