import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

// Cached per request: the page and its metadata both ask for it.
const loadMatrix = cache(async (slug: string) => {
  const negotiation = await db.negotiation.findFirst({
    where: { slug, retractedAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      parties: {
        where: { party: { retractedAt: null } },
        orderBy: { order: "asc" },
        select: { role: true, party: { select: { id: true, slug: true, name: true, shortName: true } } },
      },
      issues: {
        where: { retractedAt: null },
        orderBy: [{ order: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, name: true, kind: true },
      },
    },
  });
  if (!negotiation) return null;

  const positions = await db.position.findMany({
    where: {
      status: "current",
      retractedAt: null,
      party: { retractedAt: null },
      issue: { negotiationId: negotiation.id, retractedAt: null },
    },
    // Oldest first, so should two statements ever both be current the newer one wins below.
    orderBy: [{ statedOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      partyId: true,
      issueId: true,
      stance: true,
      summary: true,
      statedOn: true,
      statedOnPrecision: true,
    },
  });

  const cells = new Map<string, (typeof positions)[number]>();
  for (const p of positions) cells.set(cellKey(p.partyId, p.issueId), p);

  const { parties, issues, ...rest } = negotiation;
  return {
    negotiation: rest,
    parties: parties.map(({ role, party }) => ({ ...party, role })),
    issues,
    cells,
  };
});

/** The party × issue matrix of current positions in one negotiation; null if there is none. */
export function getMatrix({ slug }: { slug: string }) {
  return loadMatrix(slug);
}

export function cellKey(partyId: string, issueId: string) {
  return `${partyId}:${issueId}`;
}

export type Matrix = NonNullable<Awaited<ReturnType<typeof getMatrix>>>;
export type MatrixCell = Matrix["cells"] extends Map<string, infer C> ? C : never;
