// A data migration: a change to stored records that a schema migration cannot make (terms
// rewritten in new words, records a new kind needs), written as code so it runs alike on
// both engines. Each lives in prisma/data-migrations/ and is listed there in order.
// docs/data-migrations.md says how to write one.
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/client";

export type DataMigration = {
  /** "<timestamp>_<what_changes>", like the schema migrations; stored once the migration has run. */
  name: string;
  /** What it changes, in a sentence, for the command's output. */
  description: string;
  /**
   * Brings the records up to date, inside the caller's transaction, through the write path
   * (each change a revision attributed to `actor`), and says how many records it changed.
   * It must leave records already up to date alone: an import runs it again on a file
   * made before it (lib/export/import-dataset.ts).
   */
  run(tx: Prisma.TransactionClient, actor: Actor): Promise<{ changed: number }>;
};
