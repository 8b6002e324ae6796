import "server-only";
import { db, type Prisma } from "@/lib/db/client";

/**
 * Runs one change and its revision in one transaction. The waits are generous because
 * SQLite runs one writer at a time: a burst of saves queues rather than fails.
 */
export function writeTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(fn, { maxWait: 15_000, timeout: 30_000 });
}
