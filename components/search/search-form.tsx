import { attributionKinds, stances } from "@/lib/vocab";
import { attributionLabel, stanceLabel } from "@/lib/vocab/labels";
import type { FilterGroup } from "@/lib/search/list-search-filters";
import type { SearchState } from "@/lib/search/search-params";
import { FilterSelect } from "./filter-select";

type Filters = {
  negotiations: { slug: string; title: string }[];
  parties: { slug: string; shortName: string }[];
  /** Grouped by negotiation unless one is chosen (lib/search/list-search-filters.ts). */
  issues: FilterGroup[];
};

/**
 * The query and its filters as one GET form: everything it sets is in the address. The
 * chosen tab (kind) rides along; a new search starts again on the first page.
 */
export function SearchForm({ state, filters, errors }: { state: SearchState; filters: Filters; errors: Partial<Record<string, string>> }) {
  const field = "w-full rounded border border-muted bg-surface px-2 py-1.5";
  const select = (name: keyof SearchState, label: string, options: { value: string; label: string }[] | FilterGroup[], any: string) => (
    <FilterSelect name={name} label={label} options={options} any={any} value={state[name] ?? ""} className={field} />
  );
  const errorId = (name: string) => (errors[name] ? `search-${name}-error` : undefined);

  return (
    <form role="search" aria-label="Search and filters" action="/search" method="get" className="no-print rounded border border-line bg-surface p-4">
      {state.kind && <input type="hidden" name="kind" value={state.kind} />}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="search-q" className="font-semibold">
            Search for
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={state.q ?? ""}
            maxLength={200}
            aria-invalid={errors.q ? true : undefined}
            aria-describedby={errorId("q") ?? "search-q-hint"}
            className={field}
          />
        </div>
        <button type="submit" className="rounded border border-ink bg-ink px-4 py-1.5 font-medium text-paper hover:opacity-90">
          Search
        </button>
      </div>
      {errors.q ? (
        <p id="search-q-error" className="mt-1 text-sm font-medium">
          {errors.q}
        </p>
      ) : (
        <p id="search-q-hint" className="mt-1 text-sm text-muted">
          Results hold every word, in any of its forms (treaty, treaties). Put &ldquo;quotes&rdquo; around an exact phrase.
        </p>
      )}
      <fieldset className="mt-4">
        <legend className="font-semibold">Filters</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {select("negotiation", "Negotiation", filters.negotiations.map((n) => ({ value: n.slug, label: n.title })), "Any negotiation")}
          {select("party", "Party", filters.parties.map((p) => ({ value: p.slug, label: p.shortName })), "Any party")}
          {select("issue", "Issue", filters.issues, "Any issue")}
          {select("stance", "Stance", stances.map((s) => ({ value: s, label: stanceLabel[s] })), "Any stance")}
          {select("attribution", "Attribution", attributionKinds.map((a) => ({ value: a, label: attributionLabel[a] })), "Any attribution")}
          {(["from", "to"] as const).map((name) => (
            <div key={name} className="flex flex-col gap-1">
              <label htmlFor={`search-${name}`} className="text-sm font-semibold">
                {name === "from" ? "From date" : "To date"}
              </label>
              <input
                id={`search-${name}`}
                type="date"
                name={name}
                defaultValue={state[name] && /^\d{4}-\d{2}-\d{2}$/.test(state[name]!) ? state[name] : ""}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={errorId(name)}
                className={field}
              />
              {errors[name] && (
                <p id={`search-${name}-error`} className="text-sm font-medium">
                  {errors[name]}
                </p>
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
