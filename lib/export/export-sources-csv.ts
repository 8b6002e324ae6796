import "server-only";
import type { Prisma } from "@/lib/db/client";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { keysetPages, type CsvExport } from "./csv-export";

const select = { id: true, outlet: true, title: true, url: true, publishedOn: true } satisfies Prisma.SourceSelect;
type Row = Prisma.SourceGetPayload<{ select: typeof select }>;

/** The sources a negotiation's records cite, where readers see both the record and the source. */
function citedIn(negotiationId: string): Prisma.SourceWhereInput {
  return {
    OR: [
      { citations: { some: { position: { AND: [visiblePosition, { issue: { negotiationId } }] } } } },
      { events: { some: { event: { AND: [visibleEvent, { negotiationId }] } } } },
      { commitments: { some: { commitment: { AND: [visibleCommitment, { negotiationId }] } } } },
      { plans: { some: { plan: { AND: [visiblePlan, { negotiationId }] } } } },
    ],
  };
}

/** The sources after `row` by outlet, title and id. */
function after(row: Row | null): Prisma.SourceWhereInput {
  if (!row) return {};
  return {
    OR: [
      { outlet: { gt: row.outlet } },
      { outlet: row.outlet, title: { gt: row.title } },
      { outlet: row.outlet, title: row.title, id: { gt: row.id } },
    ],
  };
}

/**
 * Every source readers may see, as the JSON export lists them — or, for one negotiation, those
 * its positions, events, commitments and plans cite — by outlet and title, with the date of
 * publication as known ("2025", "2025-05" or a day).
 */
export const sourcesCsv: CsvExport = {
  header: ["Source ID", "Outlet", "Title", "URL", "Published on"],
  async *rows(tx, { negotiationId, pageSize }) {
    const pages = keysetPages<Row>(pageSize, (last) =>
      tx.source.findMany({
        where: { AND: [visibleSource, negotiationId ? citedIn(negotiationId) : {}, after(last)] },
        orderBy: [{ outlet: "asc" }, { title: "asc" }, { id: "asc" }],
        take: pageSize,
        select,
      }),
    );
    for await (const sources of pages) yield sources.map((s) => [s.id, s.outlet, s.title, s.url, s.publishedOn]);
  },
};
