// Picks the records the page loaders run for: the first synthetic negotiation (else the
// first one), two of its parties, one of its issues and a current position.
import type { DbOrTx } from "@/lib/db/client";
import type { PageFixture } from "./page-data";

export async function findPageFixture(db: DbOrTx, searchTerm = "ceasefire"): Promise<PageFixture> {
  const negotiation =
    (await db.negotiation.findFirst({ where: { slug: { startsWith: "synthetic-" } }, orderBy: { slug: "asc" }, select: { id: true, slug: true } })) ??
    (await db.negotiation.findFirst({ orderBy: { slug: "asc" }, select: { id: true, slug: true } }));
  if (!negotiation) throw new Error("The database has no negotiation");
  const seats = await db.negotiationParty.findMany({
    where: { negotiationId: negotiation.id }, orderBy: { order: "asc" }, take: 2, select: { party: { select: { slug: true } } },
  });
  const position = await db.position.findFirst({
    where: { status: "current", retractedAt: null, issue: { negotiationId: negotiation.id } },
    orderBy: { id: "asc" },
    select: { id: true, issue: { select: { slug: true } } },
  });
  if (seats.length < 2 || !position) throw new Error(`Negotiation ${negotiation.slug} needs two parties and a current position`);
  return {
    negotiation: negotiation.slug, party: seats[0]!.party.slug, otherParty: seats[1]!.party.slug,
    issue: position.issue.slug, positionId: position.id, searchTerm,
  };
}
