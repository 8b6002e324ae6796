import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { listCurrentPositions } from "@/lib/positions/list-current-positions";
import { visibleNegotiation } from "./negotiation-visibility";
import { cellKey } from "./cell-key";
import { issuesSelect, seatsSelect } from "./negotiation-select";

// Cached per request: the page and its metadata both ask for it.
const loadMatrix = cache(async (slug: string, asOfIso?: string) => {
  const negotiation = await db.negotiation.findFirst({
    where: { slug, ...visibleNegotiation },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      parties: seatsSelect({ id: true, slug: true, name: true, shortName: true }),
      issues: issuesSelect,
    },
  });
  if (!negotiation) return null;

  const positions: Cell[] = await listCurrentPositions({
    issueIds: negotiation.issues.map((i) => i.id),
    partyIds: negotiation.parties.map((p) => p.party.id),
    asOf: asOfIso ? new Date(asOfIso) : undefined,
  });

  const cells = new Map<string, MatrixCell>();
  for (const { id, partyId, issueId, stance, summary, statedOn, statedOnPrecision } of positions) {
    cells.set(cellKey(partyId, issueId), { id, partyId, issueId, stance, summary, statedOn, statedOnPrecision });
  }

  const { parties, issues, ...rest } = negotiation;
  return {
    negotiation: rest,
    parties: parties.map(({ role, party }) => ({ ...party, role })),
    issues,
    cells,
  };
});

/**
 * The party × issue matrix of current positions in one negotiation, or of the positions
 * current on the statement date `asOf`; null if there is no such negotiation.
 */
export function getMatrix({ slug, asOf }: { slug: string; asOf?: Date }) {
  return loadMatrix(slug, asOf?.toISOString());
}

type Cell = {
  id: string;
  partyId: string;
  issueId: string;
  stance: string;
  summary: string;
  statedOn: Date;
  statedOnPrecision: string;
};

export type Matrix = NonNullable<Awaited<ReturnType<typeof getMatrix>>>;
export type MatrixCell = Cell;
