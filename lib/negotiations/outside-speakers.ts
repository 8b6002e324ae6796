import type { Prisma } from "@/lib/db/client";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";

/**
 * Parties readers may see that made a statement readers may see on a negotiation's issues
 * without a seat at its table: an outside power may speak on talks it has no seat at
 * (lib/parties/party-negotiations.ts). The matrix and the comparison list them after the
 * seated parties, so that no statement a reader may open is missing from either.
 */
export function outsideSpeakersOf(negotiationId: string) {
  return {
    where: {
      ...visibleParty,
      negotiations: { none: { negotiationId } },
      positions: { some: { ...visiblePosition, issue: { ...visibleIssue, negotiationId } } },
    },
    orderBy: [{ shortName: "asc" }, { id: "asc" }],
  } as const satisfies Prisma.PartyFindManyArgs;
}
