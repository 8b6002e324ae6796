import "server-only";
// The compare page's difference maps: for each territory issue compared, the first two
// parties' current claims compared area by area (compareTerritoryByArea), on the map of
// the negotiation's areas.
import type { ComparisonData } from "@/lib/compare/get-comparison";
import { compareTerritoryByArea, type AreaComparison } from "@/lib/compare/territory";
import { territoryTerms } from "@/lib/terms/territory";
import type { MapLayout } from "./layout-map";
import { getNegotiationMap } from "./negotiation-map";

export type DifferenceMapData = {
  issue: { slug: string; name: string };
  parties: [string, string];
  layout: MapLayout;
  areas: AreaComparison[];
};

const noClaims = { claims: [] };

export async function listDifferenceMaps(data: ComparisonData, asOf: Date | undefined): Promise<DifferenceMapData[]> {
  const rows = data.rows.filter((row) => row.issue.kind === "territory");
  if (rows.length === 0 || data.parties.length < 2) return [];
  const { layout } = await getNegotiationMap(data.negotiation.id);
  const context = { ...data.termsContext, asOf };
  if (context.areas.length === 0) return [];
  return rows.map((row) => {
    const [a, b] = row.cells as [(typeof row.cells)[number], (typeof row.cells)[number]];
    const terms = (cell: typeof a) => {
      const parsed = territoryTerms.safeParse(cell.position?.terms);
      return parsed.success ? parsed.data : noClaims;
    };
    const labels = { a: a.party.shortName, b: b.party.shortName };
    return {
      issue: { slug: row.issue.slug, name: row.issue.name },
      parties: [labels.a, labels.b],
      layout,
      areas: compareTerritoryByArea(terms(a), terms(b), labels, context),
    };
  });
}
