import type { DbOrTx, Prisma } from "@/lib/db/client";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";

/**
 * Parties readers may see that made a statement readers may see on a negotiation's issues
 * without a seat at its table: an outside power may speak on talks it has no seat at
 * (lib/parties/party-negotiations.ts). The matrix and the comparison list them after the
 * seated parties, so that no statement a reader may open is missing from either.
 *
 * Read from the negotiation's statements to their parties, grouped in the database: asked the
 * other way (each party, whether it has a statement there) PostgreSQL probed every party's
 * statements, 200 ms of the matrix's rendering at 100,000 statements.
 */
export async function findOutsideSpeakers<S extends Prisma.PartySelect>(db: DbOrTx, negotiationId: string, select: S) {
  const speakers = await db.position.groupBy({
    by: ["partyId"],
    where: { ...visiblePosition, issue: { ...visibleIssue, negotiationId } },
  });
  return db.party.findMany({
    where: { ...visibleParty, id: { in: speakers.map((s) => s.partyId) }, negotiations: { none: { negotiationId } } },
    orderBy: [{ shortName: "asc" }, { id: "asc" }],
    select,
  });
}
