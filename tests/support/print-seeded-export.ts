// Prints, as JSON, the export of the database DATABASE_URL names — the full archive, or with
// `reader` the reader export — normalised (tests/support/normalise-export.ts), or as the file
// is with `--raw`. Run in its own process against a database seeded for the purpose, so a
// test compares the seeded data alone. Usage:
//   tsx --conditions=react-server tests/support/print-seeded-export.ts [archive|reader] [--raw]
import { db } from "@/lib/db/client";
import { writeExportFile } from "@/lib/export/write-export-file";
import { normaliseExport } from "./normalise-export";

async function main() {
  const scope = process.argv.includes("reader") ? "reader" : "archive";
  const raw = process.argv.includes("--raw");
  const parts: string[] = [];
  await writeExportFile(scope, (text) => void parts.push(text));
  const file = JSON.parse(parts.join("")) as Record<string, unknown>;
  process.stdout.write(`${JSON.stringify(raw ? file : normaliseExport(file as never), null, 1)}\n`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
