import "server-only";
import { db, engine, type Prisma } from "@/lib/db/client";

/**
 * Runs one change and its revision in one transaction. The waits are generous because
 * SQLite runs one writer at a time: a burst of saves queues rather than fails.
 */
export function writeTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      // The SQLite driver begins transactions deferred: one that reads first and writes later
      // can deadlock with another process's writer until both time out. A no-op write up
      // front takes the write lock at once (waiting its turn), as BEGIN IMMEDIATE would.
      if (engine === "sqlite") await tx.$executeRawUnsafe(`UPDATE "Revision" SET "id" = "id" WHERE 0`);
      return fn(tx);
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}
