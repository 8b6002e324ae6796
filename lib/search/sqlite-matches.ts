// SQLite's side of matchCandidates: FTS5, bm25 with the title weighted 10:1. The index has a
// third column, the document's kind (prisma/migrations/*_search_kind), so a reader's query is
// confined to title and body, and counting matches per kind reads the index alone.
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { DbOrTx } from "@/lib/db/client";
import { fts5Phrases, MARK_END, MARK_START, toFts5Query, type QueryTerms } from "./query-terms";
import { searchKinds } from "./search-kinds";
import type { SearchInput } from "./search-input";
import type { Candidate, KindCount } from "./candidate";

/** Every word and phrase, each somewhere in the title or the body. */
function everyTerm(terms: QueryTerms) {
  return `{title body} : (${toFts5Query(terms)})`;
}

/** Any of the words or phrases in the title. */
function anyTermInTitle(terms: QueryTerms) {
  return `{title} : (${fts5Phrases(terms).join(" OR ")})`;
}

// A kind is one word ("position", "planPoint"), so its phrase finds that kind's documents and
// no other's (tests/integration/search.test.ts checks every registered kind).
function ofKind(kind: string) {
  return `kind : "${kind.replace(/"/g, "")}"`;
}

export async function sqliteMatches(
  tx: DbOrTx,
  terms: QueryTerms,
  input: SearchInput,
  { filterSql, rankedPool, candidateLimit }: { filterSql: (alias: string) => Prisma.Sql; rankedPool: number; candidateLimit: number },
): Promise<{ rows: Candidate[]; counts: KindCount[] }> {
  const match = input.kind ? `(${everyTerm(terms)}) AND ${ofKind(input.kind)}` : everyTerm(terms);
  const filters = filterSql("m");
  // The filters read the document; without them the index alone answers.
  const from =
    filters === Prisma.empty
      ? Prisma.sql`"SearchIndex"`
      : Prisma.sql`"SearchIndex" JOIN "SearchDocument" m ON m.rowid = "SearchIndex".rowid`;

  // The pool: matches from the rankedPool-th newest on (see RANKED_POOL). A rowid range is a
  // seek for FTS5, where "rowid IN (…)" would run the full-text query once per row.
  const [floor] = await tx.$queryRaw<{ floor: number | bigint | null }[]>`
    SELECT MIN("r") AS "floor" FROM (
      SELECT "SearchIndex".rowid AS "r" FROM ${from}
      WHERE "SearchIndex" MATCH ${match} ${filters}
      ORDER BY "SearchIndex".rowid DESC LIMIT ${rankedPool})`;
  const counts = await countByKind(tx, terms, filters);
  if (floor?.floor === null || floor?.floor === undefined) return { rows: [], counts };
  const poolFloor = Number(floor.floor);

  // Ranks keys only; the documents are read for the best candidateLimit, and highlighted
  // (snippet() is the costly part) only for the page shown, by highlightSqliteRows.
  const ranked = await tx.$queryRaw<Omit<Candidate, "titleHit" | "titleSnippet" | "bodySnippet">[]>`
    SELECT d.rowid AS "docId", d."kind", d."refId", d."date", d."title", d."body", best."score"
    FROM (
      SELECT "SearchIndex".rowid AS "id", -bm25("SearchIndex", 10.0, 1.0, 0.0) AS "score"
      FROM ${from}
      WHERE "SearchIndex" MATCH ${match} ${filters} AND "SearchIndex".rowid >= ${poolFloor}
      ORDER BY "score" DESC, "SearchIndex".rowid LIMIT ${candidateLimit}
    ) best JOIN "SearchDocument" d ON d.rowid = best."id"
    ORDER BY best."score" DESC, d."kind", d."refId"`;
  const inTitle = await tx.$queryRaw<{ id: number | bigint }[]>`
    SELECT rowid AS "id" FROM "SearchIndex"
    WHERE "SearchIndex" MATCH ${anyTermInTitle(terms)} AND rowid >= ${poolFloor}`;
  const titleHits = new Set(inTitle.map((row) => Number(row.id)));
  const rows = ranked.map((row) => ({
    ...row,
    docId: Number(row.docId),
    titleHit: titleHits.has(Number(row.docId)),
    titleSnippet: null,
    bodySnippet: null,
  }));
  return { rows, counts };
}

async function countByKind(tx: DbOrTx, terms: QueryTerms, filters: Prisma.Sql): Promise<KindCount[]> {
  if (filters !== Prisma.empty) {
    return tx.$queryRaw<KindCount[]>`
      SELECT m."kind", COUNT(*) AS "n"
      FROM "SearchIndex" JOIN "SearchDocument" m ON m.rowid = "SearchIndex".rowid
      WHERE "SearchIndex" MATCH ${everyTerm(terms)} ${filters}
      GROUP BY m."kind"`;
  }
  const perKind = searchKinds.map(
    (kind) => Prisma.sql`SELECT ${kind} AS "kind", COUNT(*) AS "n" FROM "SearchIndex" WHERE "SearchIndex" MATCH ${`(${everyTerm(terms)}) AND ${ofKind(kind)}`}`,
  );
  return tx.$queryRaw<KindCount[]>`${Prisma.join(perKind, " UNION ALL ")}`;
}

/** Snippets for the rows shown, by document rowid: a short list, so "rowid IN" is cheap here. */
export async function highlightSqliteRows(tx: DbOrTx, terms: QueryTerms, rows: Candidate[]): Promise<Candidate[]> {
  const ids = rows.map((row) => row.docId).filter((id): id is number => id !== undefined);
  if (ids.length === 0) return rows;
  const highlighted = await tx.$queryRaw<{ id: number | bigint; titleSnippet: string; bodySnippet: string }[]>`
    SELECT rowid AS "id",
           snippet("SearchIndex", 0, ${MARK_START}, ${MARK_END}, '…', 16) AS "titleSnippet",
           snippet("SearchIndex", 1, ${MARK_START}, ${MARK_END}, '…', 24) AS "bodySnippet"
    FROM "SearchIndex"
    WHERE "SearchIndex" MATCH ${everyTerm(terms)} AND rowid IN (${Prisma.join(ids)})`;
  const byId = new Map(highlighted.map((h) => [Number(h.id), h]));
  return rows.map((row) => {
    const h = row.docId === undefined ? undefined : byId.get(row.docId);
    return h ? { ...row, titleSnippet: h.titleSnippet, bodySnippet: h.bodySnippet } : row;
  });
}
