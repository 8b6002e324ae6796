// Changes to one issue and the positions on it, as an Atom feed (lib/feeds).
import { atomFeedResponse } from "@/lib/feeds/atom-feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; issue: string }> }) {
  const { slug, issue } = await params;
  return atomFeedResponse(request, { kind: "issue", negotiationSlug: slug, issueSlug: issue });
}
