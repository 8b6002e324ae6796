import Link from "next/link";
import type { HitLink } from "@/lib/search/list-hit-links";
import { CANDIDATE_LIMIT } from "@/lib/search/match-candidates";
import { PAGE_SIZE, type SearchResults as Results } from "@/lib/search/search";
import { searchKindLabel, searchKinds, type SearchKind } from "@/lib/search/search-kinds";
import { kindHref, pageWindow, searchHref, type SearchState } from "@/lib/search/search-params";
import { formatPartialDateText } from "@/lib/dates/partial-date";
import { Highlighted } from "./highlighted";


/** Tabs per kind with their counts, the page of hits, and links to the other pages. */
export function SearchResults({
  results,
  state,
  kind,
  links,
  query,
}: {
  results: Results;
  state: SearchState;
  kind: SearchKind | undefined;
  links: Map<string, HitLink>;
  query: string;
}) {
  const all = searchKinds.reduce((n, k) => n + (results.countsByKind[k] ?? 0), 0);
  const word = results.total === 1 ? "result" : "results";
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-xl font-semibold">
        {results.total} {word} for &ldquo;{query}&rdquo;{kind ? ` in ${searchKindLabel(kind).many.toLowerCase()}` : ""}
      </h2>
      <nav aria-label="Kinds of result" className="mt-3 border-b border-line">
        <ul className="flex flex-wrap gap-x-1 text-sm">
          <Tab href={kindHref(state, null)} current={!kind} label="All" count={all} />
          {searchKinds.map((k) => (
            <Tab key={k} href={kindHref(state, k)} current={kind === k} label={searchKindLabel(k).many} count={results.countsByKind[k] ?? 0} />
          ))}
        </ul>
      </nav>
      {results.truncated && (
        <p className="mt-3 text-sm text-muted">
          Only the {CANDIDATE_LIMIT} best matches can be paged through: add words or filters to narrow the search.
        </p>
      )}
      {results.hits.length === 0 ? (
        <p className="mt-4">Nothing matches. Try fewer words, another spelling, or fewer filters.</p>
      ) : (
        <ol aria-label="Search results" className="mt-4 flex flex-col gap-4" start={(results.page - 1) * PAGE_SIZE + 1}>
          {results.hits.map((hit) => {
            const link = links.get(`${hit.kind}:${hit.id}`);
            const date = formatPartialDateText(hit.date);
            // A source's title says how it was recorded beside it, as on its pages (title-remark.ts).
            const title = { parts: hit.title, remark: link?.remark ?? null };
            return (
              <li key={`${hit.kind}:${hit.id}`} className="rounded border border-line bg-surface p-4">
                <p className="text-xs font-medium uppercase tracking-wide text-muted">
                  {searchKindLabel(hit.kind).one}
                  {date && <> · {date}</>}
                  {link?.outlet && <> · {link.outlet}</>}
                </p>
                <h3 className="mt-1 font-semibold leading-snug">
                  {link?.href ? (
                    <Link href={link.href}>
                      <Highlighted parts={title.parts} />
                    </Link>
                  ) : (
                    <Highlighted parts={title.parts} />
                  )}
                  {title.remark && <span className="text-sm font-normal text-muted"> ({title.remark})</span>}
                </h3>
                {hit.snippet.length > 0 && !(hit.kind === "source" && hit.snippet.map((p) => p.text).join("") === link?.outlet) && (
                  <p className="mt-1 text-sm">
                    <Highlighted parts={hit.snippet} />
                  </p>
                )}
                {hit.kind === "source" && (
                  <p className="mt-1 text-sm text-muted">
                    {link?.firstCited ? (
                      <>
                        First cited in <Link href={link.firstCited.href}>{link.firstCited.label}</Link>
                      </>
                    ) : (
                      "No record a reader can see cites this source yet."
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {results.pageCount > 1 && <Pagination state={state} page={results.page} pageCount={results.pageCount} />}
    </section>
  );
}

function Tab({ href, current, label, count }: { href: string; current: boolean; label: string; count: number }) {
  return (
    <li>
      <Link
        href={href}
        aria-current={current ? "page" : undefined}
        className={`quiet-link -mb-px block border-b-2 px-3 py-2 ${current ? "border-ink font-semibold" : "border-transparent hover:border-line"}`}
      >
        {label} <span className="text-muted">({count})</span>
      </Link>
    </li>
  );
}

function Pagination({ state, page, pageCount }: { state: SearchState; page: number; pageCount: number }) {
  return (
    <nav aria-label="Pages of results" className="no-print mt-6">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {page > 1 && (
          <li>
            <Link href={searchHref(state, { page: page - 1 })} className="block rounded border border-line px-3 py-1.5">
              Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={searchHref(state, { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={`block rounded border px-3 py-1.5 ${p === page ? "border-ink font-semibold" : "border-line"}`}
              >
                <span className="sr-only">Page </span>
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={searchHref(state, { page: page + 1 })} className="block rounded border border-line px-3 py-1.5">
              Next<span className="sr-only"> page</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
