import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db, type Prisma } from "@/lib/db/client";
import { announceChange, beginAnnouncedChange } from "./announce-change";
import type { Touched } from "./change-reach";

// The transaction a writeTransaction call is running in, for writes made inside it, and
// the records it changed so far (noted by recordRevision), for the change announcement.
const open = new AsyncLocalStorage<{ tx: Prisma.TransactionClient; touched: Touched[] }>();

/**
 * Runs one change and its revision in one transaction. The waits are generous because
 * SQLite runs one writer at a time: a burst of saves queues rather than fails. Called
 * inside another writeTransaction it joins that one, so a save made of several changes
 * (a position and the new source it cites) commits whole or not at all. The transaction
 * ends by announcing what it touched (./announce-change.ts).
 */
export function writeTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const outer = open.getStore();
  if (outer) return fn(outer.tx);
  return db.$transaction(
    async (tx) => {
      // On SQLite this also takes the write lock at once (beginAnnouncedChange).
      const stampAtStart = await beginAnnouncedChange(tx);
      const touched: Touched[] = [];
      const result = await open.run({ tx, touched }, () => fn(tx));
      await announceChange(tx, stampAtStart, touched);
      return result;
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}

/** Notes a record the current write transaction changed; outside one, nothing to note. */
export function noteTouched(touched: Touched) {
  open.getStore()?.touched.push(touched);
}
