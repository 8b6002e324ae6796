import "server-only";
import type { Prisma } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import {
  collectCsvExport, describeQuote, describeSources, keysetPages, writeCsvExport, type CsvExport, type CsvExportOptions,
} from "./csv-export";
import type { TextSink } from "./write-export-file";

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
  "Quotes",
  "Terms (JSON)",
  "Terms confidence",
  "Terms note",
] as const;

const select = {
  id: true,
  stance: true,
  summary: true,
  statedOn: true,
  statedOnPrecision: true,
  status: true,
  terms: true,
  termsConfidence: true,
  termsNote: true,
  party: { select: { name: true } },
  citations: {
    where: { source: visibleSource },
    orderBy: { order: "asc" },
    select: { quote: true, speaker: true, source: { select: { outlet: true, title: true, url: true } } },
  },
} satisfies Prisma.PositionSelect;

type Row = Prisma.PositionGetPayload<{ select: typeof select }>;

/** The positions after `after` in the file's order within one issue: by party name, statement date, id. */
function after(row: Row | null) {
  if (!row) return {};
  const name = row.party.name;
  return {
    OR: [
      { party: { name: { gt: name } } },
      { party: { name }, statedOn: { gt: row.statedOn } },
      { party: { name }, statedOn: row.statedOn, id: { gt: row.id } },
    ],
  };
}

/**
 * Every position readers may see as CSV (or one negotiation's): by negotiation, issue (in the
 * negotiation's order), party and statement date, one row each, statement dates at the
 * precision stated ("2025-05" for a month), with its sources, the quotes they carry, and its
 * coded terms as JSON with their confidence and note.
 */
export const positionsCsv: CsvExport = {
  header: POSITIONS_CSV_HEADER,
  async *rows(tx, { negotiationId, pageSize }) {
    // The issues' ids only: a few hundred short rows even for a very large database.
    const issues = await tx.issue.findMany({
      where: negotiationId ? { AND: [visibleIssue, { negotiationId }] } : visibleIssue,
      orderBy: [{ negotiation: { slug: "asc" } }, { order: "asc" }, { id: "asc" }],
      select: { id: true, name: true, negotiation: { select: { title: true } } },
    });
    for (const issue of issues) {
      const pages = keysetPages<Row>(pageSize, (last) =>
        tx.position.findMany({
          where: { AND: [{ issueId: issue.id }, visiblePosition, after(last)] },
          orderBy: [{ party: { name: "asc" } }, { statedOn: "asc" }, { id: "asc" }],
          take: pageSize,
          select,
        }),
      );
      for await (const positions of pages) {
        yield positions.map((p) => [
          p.id,
          issue.negotiation.title,
          p.party.name,
          issue.name,
          p.stance,
          toPartialDateText(p.statedOn, p.statedOnPrecision),
          p.status,
          p.summary,
          describeSources(p.citations),
          p.citations.map(describeQuote).filter((quote) => quote !== null).join(" | "),
          p.terms == null ? null : JSON.stringify(p.terms),
          p.termsConfidence,
          p.termsNote,
        ]);
      }
    }
  },
};

export const writePositionsCsv = (write: TextSink, options?: CsvExportOptions) => writeCsvExport(positionsCsv, write, options);

export const exportPositionsCsv = (options?: CsvExportOptions) => collectCsvExport(positionsCsv, options);
