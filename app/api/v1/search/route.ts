// GET: full-text search over positions, quotes, sources, events and commitments — the
// search page's own input schema and function, ranked, 20 hits a page.
import { searchForApi } from "@/lib/api/search";
import { searchResult } from "@/lib/api/schemas/search";
import { methods } from "@/lib/http/api-route";
import { jsonResponse } from "@/lib/http/json-response";
import { parseQuery } from "@/lib/http/query";
import { searchInput } from "@/lib/search/search-input";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    const input = parseQuery(request, searchInput);
    const results = await searchForApi(input, new URL(request.url));
    return jsonResponse(request, searchResult.parse(results));
  },
});
