// Picks the records the page loaders run for: a negotiation (the one named, else the first
// synthetic one, else the first with two parties and a current position), two of its
// parties, one of its issues and a current position.
import type { DbOrTx } from "@/lib/db/client";
import type { PageFixture } from "./page-data";

export async function findPageFixture(
  db: DbOrTx,
  { negotiation: preferred, searchTerm = "ceasefire" }: { negotiation?: string; searchTerm?: string } = {},
): Promise<PageFixture> {
  const negotiations = await db.negotiation.findMany({ where: { retractedAt: null }, orderBy: { slug: "asc" }, select: { id: true, slug: true } });
  const rank = (slug: string) => (slug === preferred ? 0 : slug.startsWith("synthetic-") ? 1 : 2);
  for (const negotiation of negotiations.sort((a, b) => rank(a.slug) - rank(b.slug))) {
    const seats = await db.negotiationParty.findMany({
      where: { negotiationId: negotiation.id, party: { retractedAt: null } },
      orderBy: { order: "asc" },
      take: 2,
      select: { party: { select: { slug: true } } },
    });
    const position = await db.position.findFirst({
      where: { status: "current", retractedAt: null, issue: { negotiationId: negotiation.id, retractedAt: null } },
      orderBy: { id: "asc" },
      select: { id: true, issue: { select: { slug: true } } },
    });
    if (seats.length < 2 || !position) continue;
    return {
      negotiation: negotiation.slug, party: seats[0]!.party.slug, otherParty: seats[1]!.party.slug,
      issue: position.issue.slug, positionId: position.id, searchTerm,
    };
  }
  throw new Error("No negotiation has two parties and a current position");
}
