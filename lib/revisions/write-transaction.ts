import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db, engine, type Prisma } from "@/lib/db/client";

// The transaction a writeTransaction call is running in, for writes made inside it.
const open = new AsyncLocalStorage<Prisma.TransactionClient>();

/**
 * Runs one change and its revision in one transaction. The waits are generous because
 * SQLite runs one writer at a time: a burst of saves queues rather than fails. Called
 * inside another writeTransaction it joins that one, so a save made of several changes
 * (a position and the new source it cites) commits whole or not at all.
 */
export function writeTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const outer = open.getStore();
  if (outer) return fn(outer);
  return db.$transaction(
    async (tx) => {
      // The SQLite driver begins transactions deferred: one that reads first and writes later
      // can deadlock with another process's writer until both time out. A no-op write up
      // front takes the write lock at once (waiting its turn), as BEGIN IMMEDIATE would.
      if (engine === "sqlite") await tx.$executeRawUnsafe(`UPDATE "Revision" SET "id" = "id" WHERE 0`);
      return open.run(tx, () => fn(tx));
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}
