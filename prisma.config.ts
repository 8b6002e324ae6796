// Prisma CLI configuration. Runs fully offline: the WebAssembly schema engine ("js")
// talks to the database through a driver adapter, so no engine binary is downloaded.
// DATABASE_URL picks the engine and with it the schema copy and migrations folder.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl, engineFor } from "./lib/db/engine";
import { cliAdapter } from "./prisma/cli-adapters";

const url = databaseUrl();
const engine = engineFor(url);
// The schema reads env("DATABASE_URL"); it must be set before Prisma parses it.
process.env.DATABASE_URL = url;

const dir = engine === "sqlite" ? "prisma" : path.join("prisma", "postgres");

// The full-text search index is made by hand-written SQL (FTS5 on SQLite, a tsvector
// column on PostgreSQL), which Prisma's schema language cannot describe. Declared external,
// so migrate diff neither drops them nor reports them as drift. See lib/search.
const searchTables = [
  "SearchDocument",
  "SearchIndex",
  "SearchIndex_config",
  "SearchIndex_content",
  "SearchIndex_data",
  "SearchIndex_docsize",
  "SearchIndex_idx",
];

// The change stamp that tells running processes their cached pages are stale, and the
// scopes that say which (lib/cache), are hand-written too; SQLite only, since PostgreSQL
// signals changes with NOTIFY instead.
const changeStampTables = ["ChangeStamp", "ChangeScope"];

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  // PostgreSQL wants schema-qualified names.
  tables: {
    external: engine === "sqlite" ? [...searchTables, ...changeStampTables] : searchTables.map((t) => `public.${t}`),
  },
  engine: "js",
  adapter: async () => cliAdapter(url, engine),
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
});
