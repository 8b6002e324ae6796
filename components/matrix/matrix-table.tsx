"use client";

import { StanceBadge } from "../stance-badge";

/** What one cell shows, already in words: the table is rendered on the server and hydrated. */
export type MatrixTableCell = {
  id: string;
  stance: string;
  summary: string;
  /** The statement's date as `<time>` wants it ("2025-12" for a month) and as readers read it. */
  dateTime: string;
  dateText: string;
};

export type MatrixTableProps = {
  caption: string;
  negotiationSlug: string;
  /** "?asOf=…" when the matrix shows a past date: its issue and party links show the same date. */
  asOfQuery: string;
  issues: { id: string; slug: string; name: string }[];
  /** `seated` false: a party that made statements here without a seat at the table. */
  rows: { party: { id: string; slug: string; shortName: string; seated: boolean }; cells: (MatrixTableCell | null)[] }[];
};

/**
 * The matrix's table. A client component for the size of the page's React payload, not for
 * interactivity: a server component's every element travels in the payload as markup
 * (a cell's classes, labels and links, three times its data), a client component's props
 * as the data alone, which roughly halves what the server serialises and parses again to
 * write the HTML. Everything arrives in words, so nothing here formats or validates.
 *
 * Plain links, not next/link: a matrix holds hundreds, and each Link prefetches its page
 * when scrolled into view, a burst of requests per reader for pages they mostly never open.
 * For the same reason cells are styled by a few classes (globals.css) rather than utility lists.
 */
export function MatrixTable({ caption, negotiationSlug, asOfQuery, issues, rows }: MatrixTableProps) {
  return (
    <table className="position-matrix min-w-full border-separate border-spacing-0 text-sm">
      <caption className="text-left">
        {/* Held at the left edge while the table scrolls sideways. */}
        <span className="sticky left-0 block w-fit max-w-[calc(100vw-3rem)] px-3 py-2 font-semibold">{caption}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col" className="sticky left-0 z-10 border-b border-line bg-surface px-3 py-2 text-left align-bottom">
            Party <span className="font-normal text-muted">/ issue</span>
          </th>
          {issues.map((issue) => (
            <th key={issue.id} scope="col" className="min-w-[8.5rem] border-b border-line px-2 py-2 text-left align-bottom font-semibold">
              <a href={`/negotiations/${negotiationSlug}/issues/${issue.slug}${asOfQuery}`} className="quiet-link underline decoration-line underline-offset-2">
                {issue.name}
              </a>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ party, cells }) => (
          <tr key={party.id} className="even:bg-paper/60">
            <th scope="row" className="sticky left-0 z-10 max-w-[9rem] border-b border-r border-line bg-surface px-3 py-2 text-left align-top font-semibold">
              <a href={`/parties/${party.slug}${asOfQuery}`} className="quiet-link">
                {party.shortName}
              </a>
              {!party.seated && <span className="block text-xs font-normal text-muted">no seat at the table</span>}
            </th>
            {issues.map((issue, i) => (
              <td key={issue.id}>
                <Cell cell={cells[i] ?? null} party={party.shortName} issue={issue.name} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({ cell, party, issue }: { cell: MatrixTableCell | null; party: string; issue: string }) {
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
        <time dateTime={cell.dateTime}>{cell.dateText}</time>
      </a>
      <span id={tipId} hidden>
        {cell.summary}
      </span>
    </>
  );
}
