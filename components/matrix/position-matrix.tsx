import { formatAsOf } from "@/lib/dates/as-of-param";
import { formatPartialDate, toPartialDateText } from "@/lib/dates/partial-date";
import { cellKey } from "@/lib/negotiations/cell-key";
import type { Matrix } from "@/lib/negotiations/get-matrix";
import { MatrixTable, type MatrixTableProps } from "./matrix-table";
import { SummaryTooltips } from "./summary-tooltips";

/**
 * Parties (rows) × issues (columns), each cell the party's current stance on the issue.
 * Wide by nature: it scrolls sideways with the party names held in place. The words are
 * settled here, on the server; MatrixTable lays them out.
 */
export function PositionMatrix({ matrix, asOf, asOfQuery = "" }: { matrix: Matrix; asOf?: Date; asOfQuery?: string }) {
  const { negotiation, parties, issues, cells } = matrix;
  const asOfText = asOf ? formatAsOf(asOf) : null;
  const which = asOfText ? `Positions as of ${asOfText}` : "Current positions";
  const table: MatrixTableProps = {
    caption: `${which}: parties (rows) by issues (columns)`,
    negotiationSlug: negotiation.slug,
    asOfQuery,
    issues: issues.map(({ id, slug, name }) => ({ id, slug, name })),
    rows: parties.map(({ id, slug, shortName, seated }) => ({
      party: { id, slug, shortName, seated },
      cells: issues.map((issue) => {
        const cell = cells.get(cellKey(id, issue.id));
        if (!cell) return null;
        return {
          id: cell.id,
          stance: cell.stance,
          summary: cell.summary,
          dateTime: toPartialDateText(cell.statedOn, cell.statedOnPrecision),
          dateText: formatPartialDate(cell.statedOn, cell.statedOnPrecision),
        };
      }),
    })),
  };
  return (
    <SummaryTooltips label={`Matrix of ${asOfText ? `positions as of ${asOfText}` : "current positions"}, ${negotiation.title}`}>
      <MatrixTable {...table} />
    </SummaryTooltips>
  );
}
