// Restores a Parley archive (GET /api/v1/export.json?scope=archive, with an editor's session
// or an API token) into an empty database:
//
//   DATABASE_URL=… npx prisma migrate deploy
//   DATABASE_URL=… npm run import -- parley-archive-2025-05-16.json
//
// Same ids, versions, timestamps and history as the exported database; accounts are not
// part of an export (create an admin afterwards with `npm run create-admin`). Refuses a
// database that already has records, and a file that is not a valid export, writing
// nothing. Runs with the react-server condition (see package.json): lib/ is server-only.
import { readFileSync } from "node:fs";
import { createDb } from "@/lib/db/client";
import { databaseUrl, engineFor } from "@/lib/db/engine";
import { isAppError } from "@/lib/errors/app-error";
import { applyDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { importDataset, readExportFile } from "@/lib/export/import-dataset";
import { dataMigrations } from "../prisma/data-migrations";

const usage = "Usage: npm run import -- <archive.json>   (DATABASE_URL names the empty database to fill; the file is GET /api/v1/export.json?scope=archive)";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    return 0;
  }
  if (args.length !== 1) {
    console.error(usage);
    return 2;
  }
  const path = args[0]!;
  // Bytes, not text: readExportFile refuses a file that is not UTF-8 rather than import "�".
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    console.error(`Cannot read ${path}: ${(error as Error).message}`);
    return 2;
  }

  const db = createDb();
  try {
    const file = readExportFile(bytes);
    // A file made before a data migration holds records in the words before it: bring them up to date.
    const counts = await importDataset({ db, file, afterWrite: (tx) => applyDataMigrations(tx, dataMigrations) });
    const lines = Object.entries(counts).map(([kind, n]) => `  ${kind.padEnd(13)} ${String(n).padStart(6)}`);
    console.log(`Imported ${path} (exported ${file.generatedAt}) into ${engineFor(databaseUrl())}:\n${lines.join("\n")}`);
    console.log("Search index rebuilt.");
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`Nothing imported. ${error.message}`);
      return 1;
    }
    if ((error as { code?: string }).code === "P2021") {
      console.error("Nothing imported. The database has no tables yet: run `npx prisma migrate deploy` first.");
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Nothing imported:", error);
    process.exit(1);
  },
);
