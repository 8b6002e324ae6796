import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { listCurrentPositions } from "@/lib/positions/list-current-positions";
import { visibleNegotiation } from "./negotiation-visibility";
import { cellKey } from "./cell-key";
import { issuesSelect, seatsSelect } from "./negotiation-select";
import { findOutsideSpeakers } from "./outside-speakers";

const partyFields = { id: true, slug: true, name: true, shortName: true } as const;

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
      parties: seatsSelect(partyFields),
      issues: issuesSelect,
    },
  });
  if (!negotiation) return null;

  // Every party's statements, seated or not: see outside-speakers.ts.
  const [positions, speakers]: [Cell[], Array<Record<keyof typeof partyFields, string>>] = await Promise.all([
    listCurrentPositions({ issueIds: negotiation.issues.map((i) => i.id), asOf: asOfIso ? new Date(asOfIso) : undefined }),
    findOutsideSpeakers(db, negotiation.id, partyFields),
  ]);
  // On a past date, only those who had spoken by then.
  const speaking = new Set(positions.map((cell) => cell.partyId));
  const outside = speakers.filter((party) => speaking.has(party.id));

  const cells = new Map<string, MatrixCell>();
  for (const { id, partyId, issueId, stance, summary, statedOn, statedOnPrecision } of positions) {
    cells.set(cellKey(partyId, issueId), { id, partyId, issueId, stance, summary, statedOn, statedOnPrecision });
  }

  const { parties, issues, ...rest } = negotiation;
  return {
    negotiation: rest,
    /** The seated parties in the negotiation's order, then those who spoke without a seat (`role` null, `seated` false). */
    parties: [...parties.map(({ role, party }) => ({ ...party, role, seated: true })), ...outside.map((party) => ({ ...party, role: null, seated: false }))],
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
