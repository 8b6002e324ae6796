// Prints, as JSON, the comparison class of every pair of a negotiation's parties on the given
// issues, today and on each given statement date (tests/support/comparison-classes.ts), from
// the database DATABASE_URL names: how the pinned fixtures in tests/fixtures are rewritten
// after a deliberate change, from a database seeded afresh. With --reasons, each class comes
// with the reason the compare page gives for it. Usage:
//   tsx --conditions=react-server tests/support/print-comparison-classes.ts <negotiation> <issue,issue…> <date,date…> [--reasons]
import { db } from "@/lib/db/client";
import { comparisonClasses } from "./comparison-classes";

const [negotiation, issueList, dateList, flag] = process.argv.slice(2);

async function main() {
  if (!negotiation || !issueList || dateList === undefined) throw new Error("usage: print-comparison-classes.ts <negotiation> <issues> <dates>");
  const classes = await comparisonClasses(negotiation, issueList.split(","), dateList.split(",").filter(Boolean), { reasons: flag === "--reasons" });
  process.stdout.write(JSON.stringify(classes, null, 1));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
