// Supersession chains written in order: the row a position points at must exist first.

/**
 * Positions ordered so each comes after the one that superseded it (the row it points
 * at must exist first), or null when the links loop.
 */
export function supersessionOrder<T extends { id: string; supersededById: string | null }>(positions: T[]): T[] | null {
  const byId = new Map(positions.map((p) => [p.id, p]));
  const placed = new Set<string>();
  const out: T[] = [];
  for (const start of positions) {
    const path: T[] = [];
    const onPath = new Set<string>();
    let current: T | undefined = start;
    while (current && !placed.has(current.id)) {
      if (onPath.has(current.id)) return null;
      onPath.add(current.id);
      path.push(current);
      current = current.supersededById ? byId.get(current.supersededById) : undefined;
    }
    for (const p of path.reverse()) {
      placed.add(p.id);
      out.push(p);
    }
  }
  return out;
}
