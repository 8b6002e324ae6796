import "server-only";
import { ATOM_CONTENT_TYPE, renderAtomFeed } from "./atom";
import { resolveFeedScope, type FeedScopeParams } from "./feed-scope";
import { listFeedEntries } from "./list-feed-entries";
import { requestOrigin } from "./request-origin";

/** The changes feed a route serves: 404 when its negotiation, party or issue does not exist. */
export async function atomFeedResponse(request: Request, params: FeedScopeParams): Promise<Response> {
  const scope = await resolveFeedScope(params);
  if (!scope) {
    return new Response("There is no such feed.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const origin = requestOrigin(request);
  const entries = await listFeedEntries(scope, origin);
  const xml = renderAtomFeed({
    id: scope.id,
    title: scope.title,
    subtitle: scope.subtitle,
    updated: entries[0]?.updated ?? new Date(0),
    links: [
      { rel: "self", type: "application/atom+xml", href: `${origin}${scope.feedPath}` },
      { rel: "alternate", type: "text/html", href: `${origin}${scope.pagePath}` },
    ],
    entries,
  });
  return new Response(xml, {
    headers: { "content-type": ATOM_CONTENT_TYPE, "cache-control": "no-store", "access-control-allow-origin": "*" },
  });
}
