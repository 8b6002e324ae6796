// Changes concerning one party (it, its positions, events and commitments), as an Atom feed (lib/feeds).
import { atomFeedResponse } from "@/lib/feeds/atom-feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return atomFeedResponse(request, { kind: "party", slug: (await params).slug });
}
