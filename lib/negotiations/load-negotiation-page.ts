import "server-only";
import { countCommitmentsByStatus } from "@/lib/commitments/count-commitments-by-status";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { listEvents } from "@/lib/events/list-events";
import { getMatrix } from "./get-matrix";
import { getNegotiationLastChange } from "./get-negotiation-last-change";

/**
 * Everything the negotiation page shows, read at once. Also what the query-count test and
 * the query plans (bench/scale) measure, so they measure what the page does.
 */
export async function loadNegotiationPage({ slug, asOf }: { slug: string; asOf?: Date }) {
  const [matrix, events, commitments, commitmentCounts, lastChange] = await Promise.all([
    getMatrix({ slug, asOf }),
    listEvents({ negotiationSlug: slug, limit: 5 }),
    listCommitments({ negotiationSlug: slug, limit: 4 }),
    countCommitmentsByStatus({ negotiationSlug: slug }),
    getNegotiationLastChange({ slug }),
  ]);
  return { matrix, events, commitments, commitmentCounts, lastChange };
}
