// The negotiations whose pages show a party's name: those it sits in, and any other on whose
// issues it made a statement (an outside power may speak on talks it has no seat at). Its
// page lists the issues of both, so a change to either reaches it, and a change to the party
// reaches both.
//
// Free of server-only imports: lib/cache/dependencies.ts, which server.ts loads outside
// Next.js, asks it too.
import type { DbOrTx } from "@/lib/db/client";

export async function negotiationsShowingParties(db: DbOrTx, partyIds: string[]): Promise<string[]> {
  const seats = await db.negotiationParty.findMany({ where: { partyId: { in: partyIds } }, select: { negotiationId: true } });
  const spokenOn = await db.issue.findMany({
    where: { positions: { some: { partyId: { in: partyIds } } } },
    select: { negotiationId: true },
    distinct: ["negotiationId"],
  });
  return [...new Set([...seats, ...spokenOn].map((row) => row.negotiationId))];
}
