import "server-only";
import { getLastChanges } from "./get-last-changes";

/** When anything recorded in one negotiation last changed (recording date), or null. */
export async function getNegotiationLastChange({ negotiationId }: { negotiationId: string }) {
  const changes = await getLastChanges({ negotiationIds: [negotiationId] });
  return changes.get(negotiationId) ?? null;
}
