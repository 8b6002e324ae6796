// Seeds the database DATABASE_URL names with Parley's bundled negotiations.
// Safe to run again: it only adds what is missing and says what it found.
import { readFileSync } from "node:fs";
import { createDb } from "@/lib/db/client";
import { databaseUrl, engineFor } from "@/lib/db/engine";
import { loadSeed } from "@/lib/seed/load-seed";
import { seedFile } from "@/lib/seed/seed-file";

const files = ["prisma/seed/russia-ukraine.json"];

async function main() {
  const db = createDb();
  try {
    for (const path of files) {
      const file = seedFile.parse(JSON.parse(readFileSync(path, "utf8")));
      const counts = await loadSeed(db, file);
      const lines = Object.entries(counts).map(
        ([kind, c]) => `  ${kind.padEnd(12)} ${String(c.created).padStart(4)} added, ${String(c.existing).padStart(4)} already present`,
      );
      console.log(`Seeded "${file.negotiation.slug}" into ${engineFor(databaseUrl())}:\n${lines.join("\n")}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
