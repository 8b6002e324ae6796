import "server-only";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { Engine } from "@/lib/db/engine";

/**
 * Runs `read` in one read-only transaction, so an export is a consistent snapshot even
 * while editors save: a position never names a source the file lacks. PostgreSQL's default
 * (read committed) gives each query its own snapshot; one for the whole read needs
 * repeatable read, set before the first query. SQLite's transactions are serializable
 * already, and on SQLite writers wait while it runs — which is why exports are read into a
 * spool as fast as the database gives them (./export-downloads.ts), never at the pace of a
 * client's download.
 */
export function readSnapshot<T>(db: Db, engine: Engine, read: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      if (engine === "postgres") await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
      return read(tx);
    },
    // Long enough for the largest export; a second export waits its turn on SQLite's one connection.
    { timeout: 15 * 60_000, maxWait: 5 * 60_000 },
  );
}
