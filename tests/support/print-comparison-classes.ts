// Prints, as JSON, the comparison class of every pair of a negotiation's parties on the given
// issues, today and on each given statement date: what the compare page would show. Run in
// its own process against the database DATABASE_URL names, so a test can point it at a
// database seeded for the purpose. With --reasons, each class comes with the reason the page
// gives for it ("opposed: Opposed on …"). Usage:
//   tsx --conditions=react-server tests/support/print-comparison-classes.ts <negotiation> <issue,issue…> <date,date…> [--reasons]
import { getComparison } from "@/lib/compare/get-comparison";
import { db } from "@/lib/db/client";

const [negotiation, issueList, dateList, flag] = process.argv.slice(2);
const withReasons = flag === "--reasons";

async function main() {
  if (!negotiation || !issueList || dateList === undefined) throw new Error("usage: print-comparison-classes.ts <negotiation> <issues> <dates>");
  const classes: Record<string, string> = {};
  for (const asOf of ["today", ...dateList!.split(",").filter(Boolean)]) {
    const data = await getComparison({
      negotiation,
      issues: issueList.split(","),
      ...(asOf === "today" ? {} : { asOf: new Date(`${asOf}T00:00:00Z`) }),
    });
    if (!data) throw new Error(`There is no negotiation ${negotiation}`);
    const slugOf = new Map(data.parties.map((p) => [p.id, p.slug]));
    for (const row of data.rows) {
      for (const pair of row.comparison.pairs) {
        const key = `${asOf}|${row.issue.slug}|${slugOf.get(pair.a.partyId)}~${slugOf.get(pair.b.partyId)}`;
        classes[key] = withReasons ? `${pair.class}: ${pair.reason}` : pair.class;
      }
    }
  }
  process.stdout.write(JSON.stringify(classes, null, 1));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
