import "server-only";
import { db, engine } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { refuseFiltersNamingNothing } from "@/lib/records/named-filters";
import { readIssueFilter } from "./issue-filter";
import { exactPhrase, highlightParts, isEmptyQuery, parseQueryTerms } from "./query-terms";
import { CANDIDATE_LIMIT, highlightCandidates, matchCandidates, type Candidate } from "./match-candidates";
import { searchKinds, type SearchInput, type SearchKind } from "./search-input";
import { searchKindRank } from "./search-kinds";

export const PAGE_SIZE = 20;

export type SearchHit = {
  kind: SearchKind;
  id: string;
  title: { text: string; hit: boolean }[];
  snippet: { text: string; hit: boolean }[];
  date: string | null;
  exactPhrase: boolean;
};

export type SearchResults = {
  total: number;
  countsByKind: Record<SearchKind, number>;
  hits: SearchHit[];
  page: number;
  pageCount: number;
  /** True when more documents matched than are ranked; narrow the search to see them. */
  truncated: boolean;
};

/**
 * Full-text search over positions (summaries, quotes, details), sources (titles, outlets),
 * events and commitments, on either engine, with one result shape. Ranking: the exact
 * phrase (of a query of two or more words) in a title, then anywhere, then any title hit,
 * then everything else; within each, records before sources, then the engine's relevance.
 * A title that only repeats another hit's (a plan point's, its plan's) counts as body.
 */
export async function search(input: SearchInput): Promise<SearchResults> {
  // A filter naming nothing readers can see is refused: "no results" would mislead.
  await refuseFiltersNamingNothing({ negotiation: input.negotiation, party: input.party, issue: input.issue });
  const filters = await withIssueNamed(input);
  const terms = parseQueryTerms(input.q);
  const empty = Object.fromEntries(searchKinds.map((k) => [k, 0])) as Record<SearchKind, number>;
  if (isEmptyQuery(terms)) return { total: 0, countsByKind: empty, hits: [], page: 1, pageCount: 0, truncated: false };

  const { rows, counts } = await matchCandidates(db, engine, terms, filters);
  const countsByKind = { ...empty };
  for (const c of counts) countsByKind[c.kind as SearchKind] = Number(c.n);
  const total = input.kind ? (countsByKind[input.kind] ?? 0) : Object.values(countsByKind).reduce((a, b) => a + b, 0);

  // A one-word query has no phrase to be exact about: its stemmed matches rank alike.
  const phrase = terms.words.length + terms.phrases.length > 1 || terms.phrases.length ? exactPhrase(terms) : "";
  const inherited = titlesOnlyInherited(rows, [...terms.words, ...terms.phrases.map(normalise)]);
  const ranked = rows
    .map((row) => rank(row, phrase, inherited.has(row)))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        searchKindRank(a.row.kind) - searchKindRank(b.row.kind) ||
        b.row.score - a.row.score ||
        // Equal scores are common (a word once in a short title): a fixed order keeps the
        // same hits on the same page from one request to the next.
        byText(a.row.kind, b.row.kind) ||
        byText(a.row.refId, b.row.refId),
    );
  const pageCount = Math.ceil(Math.min(total, CANDIDATE_LIMIT) / PAGE_SIZE);
  const page = Math.min(input.page, Math.max(pageCount, 1));
  const shown = ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const highlighted = await highlightCandidates(db, engine, terms, shown.map(({ row }) => row));
  const hits = highlighted.map((row, i) => ({
    kind: row.kind as SearchKind,
    id: row.refId,
    title: highlightParts(row.titleSnippet || row.title),
    snippet: highlightParts(row.bodySnippet || ""),
    date: row.date,
    exactPhrase: shown[i]!.tier <= 1,
  }));
  return { total, countsByKind, hits, page, pageCount, truncated: total > CANDIDATE_LIMIT };
}

/** The input with its issue as the index files it: a slug, and the negotiation of an issue named by id. */
async function withIssueNamed(input: SearchInput): Promise<SearchInput> {
  if (!input.issue) return input;
  const issue = await readIssueFilter(input.issue, input.negotiation);
  if (!issue) {
    const message = `The negotiation “${input.negotiation}” has no issue “${input.issue}”`;
    throw new AppError("validation", "The issue filter names no issue of the negotiation chosen", { fieldErrors: { issue: [message] } });
  }
  return { ...input, issue: issue.slug, negotiation: input.negotiation ?? issue.negotiation };
}

/** `inheritedTitle`: the query matches only what the row's title repeats of another hit's (see below), which then counts as body. */
function rank(row: Candidate, phrase: string, inheritedTitle: boolean) {
  const title = inheritedTitle ? "" : normalise(row.title);
  const inTitle = phrase.length > 0 && title.includes(phrase);
  const anywhere = inTitle || (phrase.length > 0 && normalise(`${row.title} ${row.body}`).includes(phrase));
  const tier = inTitle ? 0 : anywhere ? 1 : row.titleHit && !inheritedTitle ? 2 : 3;
  return { row, tier };
}

/**
 * The rows whose title begins with another matching row's whole title and matches the query
 * only there: a part titled after the record it belongs to ("<plan's title>, point 5").
 * Searching a plan's name then finds the plan, and its points rank with the records that
 * mention the name, instead of all its points ahead of them.
 */
function titlesOnlyInherited(rows: Candidate[], words: string[]): Set<Candidate> {
  const wholes = rows.filter((row) => row.titleHit).map((row) => ({ kind: row.kind, title: normalise(row.title) }));
  const inherited = new Set<Candidate>();
  for (const row of rows) {
    if (!row.titleHit) continue;
    const title = normalise(row.title);
    // Of another kind: two plans, one titled like the other and more, are two wholes.
    const whole = wholes.find((w) => w.kind !== row.kind && w.title.length < title.length && title.startsWith(w.title))?.title;
    if (whole !== undefined && !words.some((word) => title.slice(whole.length).includes(word))) inherited.add(row);
  }
  return inherited;
}

function byText(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalise(text: string) {
  return text.toLowerCase().replace(/\s+/g, " ");
}
