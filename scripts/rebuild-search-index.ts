// Rebuilds the full-text search index from the records, e.g. after a bulk import.
import { createDb } from "@/lib/db/client";
import { rebuildSearchIndex } from "@/lib/search/sync-search-index";

const db = createDb();
db.$transaction((tx) => rebuildSearchIndex(tx), { timeout: 600_000 })
  .then(() => console.log("search index rebuilt"))
  .finally(() => db.$disconnect());
