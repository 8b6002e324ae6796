// Every pair's comparison class on a negotiation's issues, today and on each given date, as
// the compare page computes it, keyed "today|issue|a~b" or "2022-04-01|issue|a~b"; with
// `reasons`, each class followed by the reason the page gives ("opposed: Opposed on …").
// Read through the domain's client, so from the database DATABASE_URL names (a test file of
// its own binds it with tests/support/own-database.ts).
import { getComparison } from "@/lib/compare/get-comparison";

export async function comparisonClasses(
  negotiation: string,
  issues: string[],
  dates: string[],
  { reasons = false }: { reasons?: boolean } = {},
): Promise<Record<string, string>> {
  const classes: Record<string, string> = {};
  for (const asOf of ["today", ...dates]) {
    const data = await getComparison({ negotiation, issues, ...(asOf === "today" ? {} : { asOf: new Date(`${asOf}T00:00:00Z`) }) });
    if (!data) throw new Error(`There is no negotiation ${negotiation}`);
    const slugOf = new Map(data.parties.map((p) => [p.id, p.slug]));
    for (const row of data.rows) {
      for (const pair of row.comparison.pairs) {
        const key = `${asOf}|${row.issue.slug}|${slugOf.get(pair.a.partyId)}~${slugOf.get(pair.b.partyId)}`;
        classes[key] = reasons ? `${pair.class}: ${pair.reason}` : pair.class;
      }
    }
  }
  return classes;
}
