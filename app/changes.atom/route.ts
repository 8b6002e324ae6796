// Every change to Parley's records as an Atom feed (lib/feeds).
import { atomFeedResponse } from "@/lib/feeds/atom-feed-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return atomFeedResponse(request, { kind: "site" });
}
