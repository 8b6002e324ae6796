import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { listHitLinks } from "@/lib/search/list-hit-links";
import { readIssueFilter } from "@/lib/search/issue-filter";
import { listSearchFilters } from "@/lib/search/list-search-filters";
import { search } from "@/lib/search/search";
import { isAppError, type FieldErrors } from "@/lib/errors/app-error";
import { searchInput } from "@/lib/search/search-input";
import { searchKindLabel, searchKinds } from "@/lib/search/search-kinds";
import { joinWords } from "@/lib/compare/wording";
import { isSameQuery } from "@/lib/compare/compare-params";
import { canonicalSearchQuery, readSearchState, searchHref, type SearchParams } from "@/lib/search/search-params";

export const dynamic = "force-dynamic";

// Every kind search indexes, so that the page names a kind as soon as it is searched.
const searchedKinds = joinWords(searchKinds.map((kind) => searchKindLabel(kind).many.toLowerCase()));

type Props = { searchParams: Promise<SearchParams> };

const fieldLabel: Record<string, string> = {
  q: "Search",
  negotiation: "Negotiation",
  party: "Party",
  issue: "Issue",
  stance: "Stance",
  attribution: "Attribution",
  kind: "Kind of result",
  from: "From date",
  to: "To date",
  page: "Page",
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = readSearchState(await searchParams).q?.trim();
  return { title: q ? `Search: ${q.slice(0, 60)}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const given = await searchParams;
  const canonical = canonicalSearchQuery(given);
  if (!isSameQuery(given, canonical)) redirect(canonical ? `/search?${canonical}` : "/search");
  const state = readSearchState(given);
  // A first visit (no parameters) is an invitation, not an empty query to complain about.
  const asked = Object.keys(state).length > 0;
  const parsed = asked ? searchInput.safeParse(state) : null;
  // An issue chosen by its id (its slug is shared) is shown by negotiation and slug, which read.
  const issue = parsed?.success && parsed.data.issue ? await readIssueFilter(parsed.data.issue, parsed.data.negotiation) : null;
  if (issue?.negotiation) redirect(searchHref(state, { negotiation: issue.negotiation, issue: issue.slug }));
  // A filter naming no record (a typo in a shared link) is answered beside the form.
  let refused: FieldErrors | undefined;
  const refuse = (error: unknown) => {
    if (!isAppError(error) || error.code !== "validation") throw error;
    refused = error.details.fieldErrors;
    return null;
  };
  const [filters, results] = await Promise.all([listSearchFilters({ negotiation: state.negotiation }), parsed?.success ? search(parsed.data).catch(refuse) : null]);
  const links = results ? await listHitLinks(results.hits) : new Map();

  const errors: Record<string, string> = {};
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "q");
      errors[field] ??= issue.message;
    }
  }
  for (const [field, messages] of Object.entries(refused ?? {})) errors[field] ??= messages[0]!;

  return (
    <>
      <h1>Search</h1>
      <p className="mt-2 max-w-prose text-muted">
        Full text over {searchedKinds}: a position by its summary, its quotes and their speakers.
      </p>
      <div className="mt-6">
        <SearchForm state={state} filters={filters} errors={errors} />
      </div>
      {Object.keys(errors).length > 0 && (
        <div role="status" className="mt-4 rounded border-2 border-stance-demands bg-surface p-3">
          <p className="font-semibold">The search could not run:</p>
          <ul className="mt-1 list-disc pl-5">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field} className="break-words">
                {fieldLabel[field] ?? field}: {message}.
              </li>
            ))}
          </ul>
        </div>
      )}
      {results && parsed?.success && (
        <SearchResults results={results} state={state} kind={parsed.data.kind} links={links} query={parsed.data.q} />
      )}
    </>
  );
}
