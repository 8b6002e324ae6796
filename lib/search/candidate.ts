// A document that matched a search, as both engines' matchers return it (match-candidates.ts).

export type Candidate = {
  kind: string;
  refId: string;
  date: string | null;
  title: string;
  body: string;
  /** A query word is in the title. */
  titleHit: boolean;
  /** SQLite: the document's rowid, by which its snippets are read. */
  docId?: number;
  /** Highlighted text; null until highlightCandidates has run (only the page shown is highlighted). */
  titleSnippet: string | null;
  bodySnippet: string | null;
  score: number; // higher is better
};

export type KindCount = { kind: string; n: bigint | number };
