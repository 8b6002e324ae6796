// Empties the database DATABASE_URL names (SQLite: deletes the file; PostgreSQL: drops and
// recreates the public schema, and drops the schema renderings were once shared in), ready for `prisma
// migrate deploy`. Used by the test suite for its own databases. Refuses without --yes.
import { rmSync } from "node:fs";
import pg from "pg";
import { databaseUrl, engineFor } from "@/lib/db/engine";

const url = databaseUrl();
if (!process.argv.includes("--yes")) {
  console.error(`This erases ${url.replace(/:[^:@/]*@/, ":***@")}. Pass --yes to confirm.`);
  process.exit(1);
}
if (engineFor(url) === "sqlite") {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  console.log("database emptied");
} else {
  const client = new pg.Client({ connectionString: url });
  client
    .connect()
    .then(() => client.query("DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS parley_cache CASCADE; CREATE SCHEMA public;"))
    .then(() => client.end())
    .then(() => console.log("database emptied"));
}
