// One-off: the seed files held positions' details as the reference data's field names spelled
// out by rule ("Us role", "Loan eur: 90000000000", "Joint with: european-powers"). This
// rewrites them in readers' words, as scripts/reference-data.ts now writes them
// (withReadableDetails), and writes the list the data migration
// prisma/data-migrations/20261213000000_readable_details.ts rewrites in a database seeded
// before. Kept for provenance; run again, it finds nothing to rewrite.
// Usage: tsx scripts/readable-details.ts
import { readFileSync, writeFileSync } from "node:fs";
import type { SeedFile } from "@/lib/seed/seed-file";
import { withReadableDetails } from "./reference-data";

const paths = ["prisma/seed/russia-ukraine.json", "prisma/seed/israel-hamas-gaza.json"];
const migrationList = "prisma/data-migrations/20261213000000_readable_details.json";
const files = paths.map((path) => ({ path, file: JSON.parse(readFileSync(path, "utf8")) as SeedFile }));
const parties = files.flatMap(({ file }) => file.parties);

const rewritten: { id: string; seededAs: string; readableAs: string }[] = [];
for (const { path, file } of files) {
  const readable = withReadableDetails(file, parties);
  readable.positions.forEach((p, i) => {
    const seededAs = file.positions[i]!.details;
    if (seededAs && p.details !== seededAs) rewritten.push({ id: p.id, seededAs, readableAs: p.details! });
  });
  writeFileSync(path, JSON.stringify(readable, null, 2) + "\n");
}
if (rewritten.length > 0) writeFileSync(migrationList, JSON.stringify({ positions: rewritten }, null, 2) + "\n");
console.log(`${rewritten.length} positions' details rewritten`);
