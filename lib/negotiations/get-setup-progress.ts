import "server-only";
import { db } from "@/lib/db/client";
import { visibleArea } from "@/lib/areas/area-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { notRetracted } from "@/lib/records/visible";

/** At least this many parties make a negotiation: one party has nobody to negotiate with. */
export const MIN_PARTIES = 2;

/**
 * What a negotiation has and lacks, step by step, for its set-up page: the seated parties,
 * its issues and areas, and which seated party has said something on which issue. Null for
 * no such negotiation or a retracted one (editors restore it from its edit page first).
 */
export async function getSetupProgress(slug: string) {
  const negotiation = await db.negotiation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      retractedAt: true,
      parties: {
        where: { party: visibleParty },
        orderBy: { order: "asc" },
        select: { role: true, party: { select: { id: true, slug: true, name: true, shortName: true } } },
      },
    },
  });
  if (!negotiation || negotiation.retractedAt) return null;
  const seated = negotiation.parties.map((seat) => ({ ...seat.party, role: seat.role }));
  const [issues, areas, positions, otherParties] = await Promise.all([
    db.issue.findMany({
      where: { ...visibleIssue, negotiationId: negotiation.id },
      orderBy: [{ order: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, kind: true },
    }),
    db.area.findMany({
      where: { ...visibleArea, negotiationId: negotiation.id },
      orderBy: [{ order: "asc" }, { name: "asc" }],
      select: { slug: true, name: true, kind: true },
    }),
    db.position.groupBy({
      by: ["issueId", "partyId"],
      where: { ...visiblePosition, issue: { ...visibleIssue, negotiationId: negotiation.id } },
      _count: { _all: true },
    }),
    db.party.findMany({
      where: { ...notRetracted, id: { notIn: seated.map((p) => p.id) } },
      orderBy: { shortName: "asc" },
      select: { id: true, slug: true, name: true, shortName: true },
    }),
  ]);
  const stated = new Set(positions.map((p) => `${p.issueId} ${p.partyId}`));
  const positionCount = positions.reduce((n, p) => n + p._count._all, 0);
  return {
    negotiation: { id: negotiation.id, slug: negotiation.slug, title: negotiation.title, summary: negotiation.summary, status: negotiation.status },
    parties: seated,
    otherParties,
    issues: issues.map((issue) => ({
      ...issue,
      partiesWithout: seated.filter((party) => !stated.has(`${issue.id} ${party.id}`)),
    })),
    areas,
    positionCount,
  };
}

export type SetupProgress = NonNullable<Awaited<ReturnType<typeof getSetupProgress>>>;
