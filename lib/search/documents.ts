// The search documents of records: the text that is searched and the values the filters
// match. Each searchable kind builds its own (`lib/<kind>/<kind>-search.ts`), in batches
// (one query per table), never a query per record; these are the pieces they share.

export type SearchDocument = {
  /** The kind's entityType (lib/records/registry.ts). */
  kind: string;
  refId: string;
  negotiations: string[];
  parties: string[];
  issues: string[];
  stances: string[];
  attributions: string[];
  /** A partial date at the record's own precision ("2025-05-16", "2025-05" or "2025", lib/dates/partial-date.ts), shown as the hit's date. */
  date: string | null;
  title: string;
  body: string;
};

// Highlight markers are private-use characters; stored text must never contain them.
export const clean = (s: string | null | undefined) => (s ?? "").replace(/[\uE000-\uF8FF]/g, "");
export const lines = (...parts: (string | null | undefined)[]) => parts.map(clean).filter(Boolean).join("\n");
export const uniq = (values: string[]) => [...new Set(values)].sort();
