// A test file that needs a database of its own runs the domain on it, through the one client
// the domain's functions share: an empty database, for a file that reads the whole database
// many times over (every export, every feed), where the shared one, seeded and filled by every
// other file, made each read cost the seed's size and more; or one seeded afresh, for a file
// that changes or compares the seeded records. Both are copies of the run's templates
// (tests/support/database-templates.ts). The client is bound to DATABASE_URL when
// lib/db/client is first imported, so this runs from vi.hoisted, before the file's imports:
//
//   const own = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("retracted"));
//   afterAll(async () => { await db.$disconnect(); await own.drop(); });
//
// Hence too nothing this file imports may import lib/db/client.
import { suiteDatabaseUrl } from "./database-templates";
import { createDatabaseFrom, type EmptyDatabase } from "./empty-database";
import { runSeedScript } from "./seeded-database";

export async function useOwnDatabase(suffix: string, contents: "empty" | "seeded" = "empty"): Promise<EmptyDatabase> {
  const { database, copied } = await createDatabaseFrom(contents === "seeded" ? "seeded" : "migrated", suffix);
  if (contents === "seeded" && !copied) runSeedScript(database.url);
  // Other databases the file makes still sit beside the suite's, copied from its templates.
  process.env.PARLEY_TEST_SUITE_DATABASE_URL = suiteDatabaseUrl();
  process.env.DATABASE_URL = database.url;
  return database;
}
