// Prints, as JSON, the export of the database DATABASE_URL names — the full archive, or with
// `reader` the reader export — normalised (tests/support/normalise-export.ts). Run in its own
// process against a database seeded for the purpose, so a test compares the seeded data
// alone. Usage:
//   tsx --conditions=react-server tests/support/print-seeded-export.ts [archive|reader]
import { db } from "@/lib/db/client";
import { writeExportFile } from "@/lib/export/write-export-file";
import { normaliseExport } from "./normalise-export";

async function main() {
  const scope = process.argv[2] === "reader" ? "reader" : "archive";
  const parts: string[] = [];
  await writeExportFile(scope, (text) => void parts.push(text));
  process.stdout.write(`${JSON.stringify(normaliseExport(JSON.parse(parts.join(""))), null, 1)}\n`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
