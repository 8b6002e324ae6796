import "server-only";
// Runs the data migrations a database has not run yet, in order, each in its own
// transaction with the row that remembers it: a migration lands whole or not at all, and
// runs once. `npm run db:migrate` runs them after the schema migrations.
import { dataMigrationActor } from "@/lib/auth/actor";
import type { Db, Prisma } from "@/lib/db/client";
import type { DataMigration } from "./data-migration";

export type DataMigrationOutcome = { name: string; description: string; changed: number; ranNow: boolean };

export async function runDataMigrations(db: Db, migrations: readonly DataMigration[]): Promise<DataMigrationOutcome[]> {
  const done = new Set((await db.dataMigration.findMany({ select: { name: true } })).map((m) => m.name));
  const outcomes: DataMigrationOutcome[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) {
      outcomes.push({ name: migration.name, description: migration.description, changed: 0, ranNow: false });
      continue;
    }
    const { changed } = await db.$transaction(
      async (tx) => {
        const result = await migration.run(tx, dataMigrationActor);
        await tx.dataMigration.create({ data: { name: migration.name, changed: result.changed } });
        return result;
      },
      { maxWait: 30_000, timeout: 600_000 },
    );
    outcomes.push({ name: migration.name, description: migration.description, changed, ranNow: true });
  }
  return outcomes;
}

/**
 * Runs every migration inside one transaction, whether or not the database remembers it,
 * and remembers each: for records just imported from a file that may predate some of them.
 */
export async function applyDataMigrations(tx: Prisma.TransactionClient, migrations: readonly DataMigration[]) {
  for (const migration of migrations) {
    const { changed } = await migration.run(tx, dataMigrationActor);
    await tx.dataMigration.upsert({ where: { name: migration.name }, create: { name: migration.name, changed }, update: {} });
  }
}
