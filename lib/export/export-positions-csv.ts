import "server-only";
import { db } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { toCsv } from "./csv";
import { visibleSource } from "@/lib/sources/source-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";

export const POSITIONS_CSV_HEADER = [
  "Position ID",
  "Negotiation",
  "Party",
  "Issue",
  "Stance",
  "Stated on",
  "Status",
  "Summary",
  "Sources",
] as const;

/** "Reuters — The king proposes direct talks — https://…"; a source known only by name has no URL part. */
export function describeSource(s: { outlet: string; title: string; url: string | null }) {
  return [s.outlet, s.title, s.url].filter((part) => part).join(" — ");
}

/**
 * Every visible position as CSV, one row each, statement dates at the precision stated
 * ("2025-05" for a month). Built in memory: fine for thousands of rows.
 */
export async function exportPositionsCsv(): Promise<string> {
  const positions = await db.position.findMany({
    where: visiblePosition,
    orderBy: [{ issue: { negotiation: { slug: "asc" } } }, { issue: { order: "asc" } }, { party: { name: "asc" } }, { statedOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      stance: true,
      summary: true,
      statedOn: true,
      statedOnPrecision: true,
      status: true,
      party: { select: { name: true } },
      issue: { select: { name: true, negotiation: { select: { title: true } } } },
      citations: {
        where: { source: visibleSource },
        orderBy: { order: "asc" },
        select: { source: { select: { outlet: true, title: true, url: true } } },
      },
    },
  });
  return toCsv(
    POSITIONS_CSV_HEADER,
    positions.map((p) => [
      p.id,
      p.issue.negotiation.title,
      p.party.name,
      p.issue.name,
      p.stance,
      toPartialDateText(p.statedOn, p.statedOnPrecision),
      p.status,
      p.summary,
      p.citations.map((c) => describeSource(c.source)).join(" | "),
    ]),
  );
}
