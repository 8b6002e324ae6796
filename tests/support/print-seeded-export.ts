// Prints, as JSON, the export of the database DATABASE_URL names — the full archive, or with
// `reader` the reader export — normalised (tests/support/normalise-export.ts), or as the file
// is with `--raw` (tests/support/seeded-export.ts). How the pinned export fixture is rewritten
// after a deliberate change, from a database seeded afresh; the backup drill compares two
// databases' exports with it. Usage:
//   tsx --conditions=react-server tests/support/print-seeded-export.ts [archive|reader] [--raw]
import { db } from "@/lib/db/client";
import { seededExport } from "./seeded-export";

async function main() {
  const file = await seededExport(process.argv.includes("reader") ? "reader" : "archive", { raw: process.argv.includes("--raw") });
  process.stdout.write(`${JSON.stringify(file, null, 1)}\n`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
