// A test file that reads the whole database many times over (every export, every feed) runs
// on an empty database of its own: on the suite's shared one, seeded and filled by every
// other file, each such read costs the seed's size and more. The domain's client is bound to
// DATABASE_URL when lib/db/client is first imported, so this runs from vi.hoisted, before the
// file's imports:
//
//   const own = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("retracted"));
//   afterAll(async () => { await db.$disconnect(); await own.drop(); });
import { createEmptyDatabase, type EmptyDatabase } from "./empty-database";

export async function useOwnDatabase(suffix: string): Promise<EmptyDatabase> {
  const database = await createEmptyDatabase(suffix);
  process.env.DATABASE_URL = database.url;
  return database;
}
