import "server-only";
import { countCommitmentsByStatus } from "@/lib/commitments/count-commitments-by-status";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { listEvents } from "@/lib/events/list-events";
import { getNegotiationLatestChanges } from "./get-latest-changes";
import { getMatrix } from "./get-matrix";
import { getNegotiationLastChange } from "./get-negotiation-last-change";

/**
 * Everything the negotiation page shows, read at once. Also what the query-count test and
 * the query plans (bench/scale) measure, so they measure what the page does.
 */
export async function loadNegotiationPage({ slug, asOf }: { slug: string; asOf?: Date }) {
  const [matrix, events, scheduledEvents, commitments, commitmentCounts, lastChange, latestChanges] = await Promise.all([
    getMatrix({ slug, asOf }),
    listEvents({ negotiationSlug: slug, limit: 5, timing: "held" }),
    listEvents({ negotiationSlug: slug, limit: 3, timing: "scheduled" }),
    listCommitments({ negotiationSlug: slug, limit: 4 }),
    countCommitmentsByStatus({ negotiationSlug: slug }),
    getNegotiationLastChange({ slug }),
    getNegotiationLatestChanges({ slug, take: 5 }),
  ]);
  return { matrix, events, scheduledEvents, commitments, commitmentCounts, lastChange, latestChanges };
}
