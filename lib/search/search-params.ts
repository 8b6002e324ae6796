// The search page's URL state, read for `searchInput` and written back for tabs and pages.
import type { SearchKind } from "./search-input";

export type SearchParams = Record<string, string | string[] | undefined>;

export const searchParamNames = ["q", "negotiation", "party", "issue", "stance", "attribution", "kind", "from", "to", "page"] as const;
export type SearchState = Partial<Record<(typeof searchParamNames)[number], string>>;

/** The first value of each known parameter, as typed: `searchInput` validates it. */
export function readSearchState(params: SearchParams): SearchState {
  const state: SearchState = {};
  for (const name of searchParamNames) {
    const value = params[name];
    const text = Array.isArray(value) ? value[0] : value;
    if (text !== undefined) state[name] = text;
  }
  return state;
}

/** `/search?…` for the state with some values changed; blank values and page 1 are left out. */
export function searchHref(state: SearchState, changes: Partial<Record<keyof SearchState, string | number | null>> = {}): string {
  const query = searchQuery({ ...state, ...changes });
  return query ? `/search?${query}` : "/search";
}

/**
 * The tidy query for what a GET form submitted (its empty filters dropped), so addresses
 * stay short and shareable. A blank `q` stays: it is a question, answered with a message.
 */
export function canonicalSearchQuery(params: SearchParams): string {
  const state = readSearchState(params);
  const query = searchQuery(state);
  return state.q !== undefined && state.q.trim() === "" ? [`q=${encodeURIComponent(state.q)}`, query].filter(Boolean).join("&") : query;
}

function searchQuery(values: Record<string, string | number | null | undefined>): string {
  return searchParamNames
    .map((name) => [name, values[name]] as const)
    .filter(([name, value]) => value !== undefined && value !== null && String(value).trim() !== "" && !(name === "page" && String(value) === "1"))
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join("&");
}

/** The tab links: every kind, or one. Changing tab returns to the first page. */
export function kindHref(state: SearchState, kind: SearchKind | null): string {
  return searchHref(state, { kind, page: null });
}

/** Page numbers to offer: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? (["gap", p] as const) : ([p] as const)));
}
