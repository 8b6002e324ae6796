import "server-only";
import { db } from "@/lib/db/client";
import { getLastChanges } from "./get-last-changes";

/**
 * When anything recorded in one negotiation last changed (recording date), or null. By slug,
 * so that the matrix page can ask at the same time as it reads the matrix.
 */
export async function getNegotiationLastChange({ slug }: { slug: string }) {
  const negotiation = await db.negotiation.findUnique({ where: { slug }, select: { id: true } });
  if (!negotiation) return null;
  const changes = await getLastChanges({ negotiationIds: [negotiation.id] });
  return changes.get(negotiation.id) ?? null;
}
