import "server-only";
import { originOfRequest, UNKNOWN_HOST_MESSAGE } from "@/lib/request/public-origin";
import { ATOM_CONTENT_TYPE, renderAtomFeed } from "./atom";
import { resolveFeedScope, type FeedScopeParams } from "./feed-scope";
import { listFeedEntries } from "./list-feed-entries";

/** The changes feed a route serves: 404 when its negotiation, party or issue does not exist. */
export async function atomFeedResponse(request: Request, params: FeedScopeParams): Promise<Response> {
  const publicOrigin = originOfRequest(request);
  if (!publicOrigin) return plainText(400, `${UNKNOWN_HOST_MESSAGE}\n`);
  const origin = publicOrigin.origin;
  const scope = await resolveFeedScope(params);
  if (!scope) return plainText(404, "There is no such feed.\n");
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

function plainText(status: number, text: string) {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
