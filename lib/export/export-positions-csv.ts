import "server-only";
import { db as defaultDb, engine as defaultEngine, type Prisma } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { CSV_BOM, csvRow } from "./csv";
import { readSnapshot } from "./read-snapshot";
import { EXPORT_PAGE_SIZE, type ExportOptions, type TextSink } from "./write-export-file";

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

/** "“We will not withdraw” — the foreign minister (Wire)": a quote, who said it, where it was reported. */
export function describeQuote(c: { quote: string | null; speaker: string | null; source: { outlet: string } }) {
  if (!c.quote) return null;
  const said = c.speaker ? ` — ${c.speaker}` : "";
  return `“${c.quote}”${said} (${c.source.outlet})`;
}

/** "Reuters — The king proposes direct talks — https://…"; a source known only by name has no URL part. */
export function describeSource(s: { outlet: string; title: string; url: string | null }) {
  return [s.outlet, s.title, s.url].filter((part) => part).join(" — ");
}

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
 * Every position readers may see as CSV (or one negotiation's, by id), written to `write` a
 * page at a time from one snapshot: by negotiation, issue (in the negotiation's order), party
 * and statement date, one row each, statement dates at the precision stated ("2025-05" for a
 * month), with its sources, the quotes they carry, and its coded terms as JSON with their
 * confidence and note.
 */
export async function writePositionsCsv(
  write: TextSink,
  { db = defaultDb, engine = defaultEngine, pageSize = EXPORT_PAGE_SIZE, negotiationId }: ExportOptions & { negotiationId?: string } = {},
) {
  await readSnapshot(db, engine, async (tx) => {
    await write(CSV_BOM + csvRow(POSITIONS_CSV_HEADER));
    // The issues' ids only: a few hundred short rows even for a very large database.
    const issues = await tx.issue.findMany({
      where: negotiationId ? { AND: [visibleIssue, { negotiationId }] } : visibleIssue,
      orderBy: [{ negotiation: { slug: "asc" } }, { order: "asc" }, { id: "asc" }],
      select: { id: true, name: true, negotiation: { select: { title: true } } },
    });
    for (const issue of issues) {
      let last: Row | null = null;
      for (;;) {
        const positions: Row[] = await tx.position.findMany({
          where: { AND: [{ issueId: issue.id }, visiblePosition, after(last)] },
          orderBy: [{ party: { name: "asc" } }, { statedOn: "asc" }, { id: "asc" }],
          take: pageSize,
          select,
        });
        if (positions.length > 0) {
          await write(
            positions
              .map((p) =>
                csvRow([
                  p.id,
                  issue.negotiation.title,
                  p.party.name,
                  issue.name,
                  p.stance,
                  toPartialDateText(p.statedOn, p.statedOnPrecision),
                  p.status,
                  p.summary,
                  p.citations.map((c) => describeSource(c.source)).join(" | "),
                  p.citations.map(describeQuote).filter((quote) => quote !== null).join(" | "),
                  p.terms == null ? null : JSON.stringify(p.terms),
                  p.termsConfidence,
                  p.termsNote,
                ]),
              )
              .join(""),
          );
        }
        if (positions.length < pageSize) break;
        last = positions.at(-1)!;
      }
    }
  });
}

/** The whole CSV as one string, for code that wants it in hand (the tests); the route streams. */
export async function exportPositionsCsv(options?: Parameters<typeof writePositionsCsv>[1]): Promise<string> {
  const parts: string[] = [];
  await writePositionsCsv((text) => void parts.push(text), options);
  return parts.join("");
}
