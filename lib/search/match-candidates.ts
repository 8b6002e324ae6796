// The engine-specific part of search: which documents match, with snippets and a rank.
// SQLite uses FTS5 (bm25, title weighted 10:1); PostgreSQL a weighted tsvector (title A,
// body B). Both return the same shape; filters are the same SQL on both.
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { DbOrTx } from "@/lib/db/client";
import type { Engine } from "@/lib/db/engine";
import { MARK_END, MARK_START, type QueryTerms } from "./query-terms";
import { highlightSqliteRows, sqliteMatches } from "./sqlite-matches";
import type { SearchInput } from "./search-input";
import type { Candidate, KindCount } from "./candidate";

export type { Candidate, KindCount };

export const CANDIDATE_LIMIT = 500;

/**
 * At most this many matching documents are scored. Relevance costs a little per match, so
 * a common word over a large archive (40,000 matches at the synthetic scale) would be
 * scored in full on every search; past this many, the newest matching documents (SQLite:
 * highest rowid, the last indexed) are scored and the rest only counted. Results are then
 * marked truncated anyway (far more than CANDIDATE_LIMIT matched).
 */
export const RANKED_POOL = 5_000;

const like = (value: string) => `% ${value} %`;

export function filterSql(input: SearchInput, alias: string): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const parts: Prisma.Sql[] = [];
  if (input.negotiation) parts.push(Prisma.sql`${col("negotiations")} LIKE ${like(input.negotiation)}`);
  if (input.party) parts.push(Prisma.sql`${col("parties")} LIKE ${like(input.party)}`);
  if (input.issue) parts.push(Prisma.sql`${col("issues")} LIKE ${like(input.issue)}`);
  if (input.stance) parts.push(Prisma.sql`${col("stances")} LIKE ${like(input.stance)}`);
  if (input.attribution) parts.push(Prisma.sql`${col("attributions")} LIKE ${like(input.attribution)}`);
  // A partial date ("2025-05") counts from the first day of its period, as records store it.
  const firstDay = Prisma.sql`SUBSTR(${col("date")} || '-01-01', 1, 10)`;
  if (input.from) parts.push(Prisma.sql`${firstDay} >= ${input.from}`);
  if (input.to) parts.push(Prisma.sql`${firstDay} <= ${input.to}`);
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

// Filters that narrow the result list; counts per kind ignore `kind` so each tab shows its count.
function kindSql(input: SearchInput, alias: string) {
  return input.kind ? Prisma.sql` AND ${Prisma.raw(`${alias}."kind"`)} = ${input.kind}` : Prisma.empty;
}

function postgresQuery(terms: QueryTerms): Prisma.Sql {
  const parts = [
    ...terms.words.map((w) => Prisma.sql`plainto_tsquery('english', ${w})`),
    ...terms.phrases.map((p) => Prisma.sql`phraseto_tsquery('english', ${p})`),
  ];
  return Prisma.join(parts, " && ");
}

export async function matchCandidates(tx: DbOrTx, engine: Engine, terms: QueryTerms, input: SearchInput): Promise<{ rows: Candidate[]; counts: KindCount[] }> {
  if (engine === "sqlite") {
    return sqliteMatches(tx, terms, input, {
      filterSql: (alias) => filterSql(input, alias),
      rankedPool: RANKED_POOL,
      candidateLimit: CANDIDATE_LIMIT,
    });
  }
  const q = postgresQuery(terms);
  // Both read every match: ranking a common word's 40,000 matches at the synthetic scale
  // costs ~35 ms, counting them ~28 ms, so they run at once, on two connections. The
  // ranking carries only keys and scores through the sort; titles and bodies are read for
  // the 500 best, and highlighted (the costly part) only for the page shown.
  const [rows, counts] = await Promise.all([
    tx.$queryRaw<Candidate[]>`
      SELECT d."kind", d."refId", d."date", d."title", d."body", best."score",
             (ts_filter(d."tsv", '{a}') @@ q) AS "titleHit", NULL AS "titleSnippet", NULL AS "bodySnippet"
      FROM (
        SELECT m."kind", m."refId", ts_rank(m."tsv", q)::float8 AS "score"
        FROM "SearchDocument" m, (SELECT ${q} AS q) query
        WHERE m."tsv" @@ q ${filterSql(input, "m")} ${kindSql(input, "m")}
        ORDER BY "score" DESC, m."kind", m."refId" LIMIT ${CANDIDATE_LIMIT}
      ) best
      JOIN "SearchDocument" d ON d."kind" = best."kind" AND d."refId" = best."refId", (SELECT ${q} AS q) query
      ORDER BY best."score" DESC, best."kind", best."refId"`,
    tx.$queryRaw<KindCount[]>`
      SELECT d."kind", COUNT(*) AS "n"
      FROM "SearchDocument" d, (SELECT ${q} AS q) query
      WHERE d."tsv" @@ q ${filterSql(input, "d")}
      GROUP BY d."kind"`,
  ]);
  return { rows, counts };
}

/** The candidates with their highlighted title and snippet, for those that lack them. */
export async function highlightCandidates(tx: DbOrTx, engine: Engine, terms: QueryTerms, rows: Candidate[]): Promise<Candidate[]> {
  if (engine === "sqlite") return highlightSqliteRows(tx, terms, rows);
  const missing = rows.filter((row) => row.titleSnippet === null);
  if (missing.length === 0) return rows;
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
  const keys = missing.map((row) => Prisma.sql`(${row.kind}, ${row.refId})`);
  const highlighted = await tx.$queryRaw<{ kind: string; refId: string; titleSnippet: string; bodySnippet: string }[]>`
    SELECT d."kind", d."refId",
           ts_headline('english', d."title", q, ${options + ", HighlightAll=true"}) AS "titleSnippet",
           ts_headline('english', d."body", q, ${options + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=…"}) AS "bodySnippet"
    FROM "SearchDocument" d, (SELECT ${postgresQuery(terms)} AS q) query
    WHERE (d."kind", d."refId") IN (${Prisma.join(keys)})`;
  const byKey = new Map(highlighted.map((h) => [`${h.kind} ${h.refId}`, h]));
  return rows.map((row) => {
    const h = byKey.get(`${row.kind} ${row.refId}`);
    return h ? { ...row, titleSnippet: h.titleSnippet, bodySnippet: h.bodySnippet } : row;
  });
}
