import { formatAsOf } from "@/lib/dates/as-of-param";
import { cellKey, type Matrix, type MatrixCell } from "@/lib/negotiations/get-matrix";
import { PartialDate } from "../partial-date";
import { StanceBadge } from "../stance-badge";
import { SummaryTooltips } from "./summary-tooltips";

/**
 * Parties (rows) × issues (columns), each cell the party's current stance on the issue.
 * Wide by nature: it scrolls sideways with the party names held in place.
 *
 * Plain links, not next/link: a matrix holds hundreds, and each Link is a client component
 * whose props travel again in the page's React payload and which prefetches its page when
 * scrolled into view, a burst of requests per reader for pages they mostly never open.
 * For the same reason cells are styled by a few classes (globals.css) rather than utility lists.
 */
export function PositionMatrix({ matrix, asOf }: { matrix: Matrix; asOf?: Date }) {
  const { negotiation, parties, issues, cells } = matrix;
  const which = asOf ? `Positions as of ${formatAsOf(asOf)}` : "Current positions";
  return (
    <SummaryTooltips label={`Matrix of ${asOf ? `positions as of ${formatAsOf(asOf)}` : "current positions"}, ${negotiation.title}`}>
      <table className="position-matrix min-w-full border-separate border-spacing-0 text-sm">
        <caption className="text-left">
          {/* Held at the left edge while the table scrolls sideways. */}
          <span className="sticky left-0 block w-fit max-w-[calc(100vw-3rem)] px-3 py-2 font-semibold">
            {which}: parties (rows) by issues (columns)
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 border-b border-line bg-surface px-3 py-2 text-left align-bottom">
              Party <span className="font-normal text-muted">/ issue</span>
            </th>
            {issues.map((issue) => (
              <th key={issue.id} scope="col" className="min-w-[8.5rem] border-b border-line px-2 py-2 text-left align-bottom font-semibold">
                <a href={`/negotiations/${negotiation.slug}/issues/${issue.slug}`} className="quiet-link underline decoration-line underline-offset-2">
                  {issue.name}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => (
            <tr key={party.id} className="even:bg-paper/60">
              <th
                scope="row"
                className="sticky left-0 z-10 max-w-[9rem] border-b border-r border-line bg-surface px-3 py-2 text-left align-top font-semibold"
              >
                <a href={`/parties/${party.slug}`} className="quiet-link">
                  {party.shortName}
                </a>
              </th>
              {issues.map((issue) => (
                <td key={issue.id}>
                  <Cell cell={cells.get(cellKey(party.id, issue.id))} party={party.shortName} issue={issue.name} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </SummaryTooltips>
  );
}

function Cell({ cell, party, issue }: { cell: MatrixCell | undefined; party: string; issue: string }) {
  if (!cell) {
    return (
      <>
        <span aria-hidden="true" className="text-muted">
          —
        </span>
        <span className="sr-only">No stated position</span>
      </>
    );
  }
  const tipId = `summary-${cell.id}`;
  // Whole strings rather than pieces, so React writes no separators between them.
  return (
    <>
      <a href={`/positions/${cell.id}`} aria-describedby={tipId} className="matrix-link">
        <span className="sr-only">{`${party} on ${issue}: `}</span>
        <StanceBadge stance={cell.stance} size="sm" />
        <span className="sr-only">, stated </span>
        <PartialDate date={cell.statedOn} precision={cell.statedOnPrecision} />
      </a>
      <span id={tipId} hidden>
        {cell.summary}
      </span>
    </>
  );
}
