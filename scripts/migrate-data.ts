// Runs the data migrations (prisma/data-migrations) the database DATABASE_URL names has not
// run yet; `npm run db:migrate` runs it after `prisma migrate deploy`. Safe to repeat.
import { rerunUnderServerConditions } from "./server-conditions";

async function main() {
  // lib/ loads only under the react-server condition (scripts/server-conditions.ts).
  const { createDb } = await import("@/lib/db/client");
  const { databaseUrl, engineFor } = await import("@/lib/db/engine");
  const { runDataMigrations } = await import("@/lib/data-migrations/run-data-migrations");
  const { dataMigrations } = await import("../prisma/data-migrations");
  const db = createDb();
  try {
    const outcomes = await runDataMigrations(db, dataMigrations);
    const ran = outcomes.filter((o) => o.ranNow);
    console.log(
      ran.length === 0
        ? `Data migrations: all ${outcomes.length} already applied to ${engineFor(databaseUrl())}.`
        : ran.map((o) => `Data migration ${o.name}: ${o.description} (${o.changed} changed).`).join("\n"),
    );
  } finally {
    await db.$disconnect();
  }
}

const rerun = rerunUnderServerConditions();
if (rerun !== null) process.exit(rerun);
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
