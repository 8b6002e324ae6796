import "server-only";
// GET /api/v1/compare: the compare page's own data (getComparison) in the API's shape.
import { getComparison } from "@/lib/compare/get-comparison";
import { parsePartialDate, toPartialDateText } from "@/lib/dates/partial-date";
import { apiPath } from "./links";
import type { CompareQuery, CompareResult } from "./schemas/compare";

type Row = CompareResult["rows"][number];
type Position = NonNullable<Row["positions"][number]["position"]>;

export async function compareForApi(query: CompareQuery): Promise<CompareResult | null> {
  const data = await getComparison({
    negotiation: query.negotiation,
    parties: query.parties,
    issues: query.issues,
    asOf: query.asOf ? parsePartialDate(query.asOf)!.date : undefined,
  });
  if (!data) return null;
  return {
    negotiation: data.negotiation,
    asOf: query.asOf ?? null,
    parties: data.parties.map(({ id, slug, name, shortName }) => ({ id, slug, name, shortName })),
    rows: data.rows.map(({ issue, cells, comparison, coverage, series }) => ({
      issue,
      positions: cells.map(({ party, position }) => ({
        partyId: party.id,
        position: position && {
          id: position.id,
          stance: position.stance as Position["stance"],
          summary: position.summary,
          terms: position.terms as Position["terms"],
          termsConfidence: position.termsConfidence as Position["termsConfidence"],
          statedOn: toPartialDateText(position.statedOn, position.statedOnPrecision),
          status: position.status as Position["status"],
          links: { self: apiPath("positions", position.id) },
        },
      })),
      comparison: {
        class: comparison.class,
        reason: comparison.reason,
        parts: comparison.parts,
        pairs: comparison.pairs.map(({ a, b, class: cls, reason, parts }) => ({ a, b, class: cls, reason, parts })),
      },
      coverage,
      series,
    })),
  };
}
