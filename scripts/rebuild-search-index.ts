// Rebuilds the full-text search index from the records, e.g. after a bulk import.
import { rerunUnderServerConditions } from "./server-conditions";

async function main() {
  // lib/ loads only under the react-server condition (scripts/server-conditions.ts).
  const { createDb } = await import("@/lib/db/client");
  const { rebuildSearchIndex } = await import("@/lib/search/sync-search-index");
  const db = createDb();
  await db
    .$transaction((tx) => rebuildSearchIndex(tx), { timeout: 600_000 })
    .then(() => console.log("search index rebuilt"))
    .finally(() => db.$disconnect());
}

const rerun = rerunUnderServerConditions();
if (rerun !== null) process.exit(rerun);
void main();
