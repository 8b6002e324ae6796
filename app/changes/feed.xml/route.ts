// The changes feed's first address, kept for subscribers: the same feed as /changes.atom.
import { atomFeedResponse } from "@/lib/feeds/atom-feed-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return atomFeedResponse(request, { kind: "site" });
}
