import "server-only";
// GET /api/v1/search: the search page's function and input schema, with links to records.
import { search } from "@/lib/search/search";
import { recordKind } from "@/lib/records/registry";
import type { SearchInput } from "@/lib/search/search-input";
import { apiPath } from "./links";
import type { SearchResultBody } from "./schemas/search";

export async function searchForApi(input: SearchInput, url: URL): Promise<SearchResultBody> {
  const results = await search(input);
  let next: string | null = null;
  if (results.page < results.pageCount) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("page", String(results.page + 1));
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  return {
    ...results,
    hits: results.hits.map((hit) => ({ ...hit, links: { self: apiPath(recordKind(hit.kind).api.path, hit.id) } })),
    links: { self: `${url.pathname}${url.search}`, next },
  };
}
