// The shape of a record as a revision stores it: every column, dates as ISO strings, plus
// the relations editors change (a position's citations, an event's participants…). Each
// kind loads its own (`lib/<kind>/<kind>-snapshot.ts`). Snapshots written by the seed
// loader hold the columns only; code reading a snapshot treats a missing relation as
// "not recorded", never as "empty".

/** The columns every stored record has. */
export type RecordRow = {
  id: string;
  version: number;
  retractedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/**
 * A row as a snapshot: dates become ISO strings, so a snapshot reads the same on both
 * engines and after a round trip through the Revision table's JSON column.
 */
export function plain<T>(row: unknown): T {
  return JSON.parse(JSON.stringify(row)) as T;
}

/** Relations kept in the order editors gave them. */
export const byOrder = { orderBy: { order: "asc" } } as const;
