import "server-only";
// PATCH changes only the fields it names; the rest are the record's as stored — the merge
// base. With If-Match naming a version, a base read before the write is safe: the write is
// refused if the record moved on. With If-Match: * the client accepts whatever version is
// stored, so the base must be the record as it is when the change is written: it is read
// inside the write transaction, with the record's row locked, and the write names that
// version. A save landing meanwhile is then neither overwritten nor answered with 412.
import { engine, type DbOrTx } from "@/lib/db/client";
import { recordKind } from "@/lib/records/registry";
import { writeTransaction } from "@/lib/revisions/write-transaction";

// Each record kind's table is its Prisma model: the entity type, capitalised.
const tableOf = (entityType: string) => `${entityType[0]!.toUpperCase()}${entityType.slice(1)}`;

/** The stored fields as input, and their version, with the row locked until the transaction ends. */
async function lockedBase(tx: DbOrTx, entityType: string, id: string) {
  // SQLite: writeTransaction already holds the database's write lock.
  if (engine === "postgres") await tx.$executeRawUnsafe(`SELECT 1 FROM "${tableOf(entityType)}" WHERE "id" = $1 FOR UPDATE`, id);
  const { writer } = recordKind(entityType);
  const snapshot = await writer.load(tx, id);
  if (!snapshot) return null;
  return { version: snapshot.version, stored: writer.toInput(snapshot, snapshot) as Record<string, unknown> };
}

/**
 * Applies `changes` over the record as stored at the moment of writing, in one transaction
 * with the write `update` makes (which joins it).
 */
export function patchOverStored<T>(
  entityType: string,
  id: string,
  changes: Record<string, unknown>,
  update: (args: { version: number; input: Record<string, unknown> }) => Promise<T>,
): Promise<T | null> {
  return writeTransaction(async (tx) => {
    const base = await lockedBase(tx, entityType, id);
    return base && update({ version: base.version, input: { ...base.stored, ...changes } });
  });
}
