// A database of a test file's own, seeded from the bundled data, and the comparison classes
// computed on it. Both run the real scripts in their own processes, since the domain's
// client is bound to DATABASE_URL.
import { execFileSync } from "node:child_process";
import { createDatabaseFrom, type EmptyDatabase } from "./empty-database";

/**
 * A migrated database beside the one under test (see empty-database.ts), seeded as
 * `npm run db:seed` does: a copy of the run's seeded template, or seeded here when there is none.
 */
export async function createSeededDatabase(suffix: string): Promise<EmptyDatabase> {
  const { database, copied } = await createDatabaseFrom("seeded", suffix);
  if (!copied) runSeedScript(database.url);
  return database;
}

/** Runs the seed script (prisma/seed.ts) on `url`, as `npm run db:seed` does. */
export function runSeedScript(url: string) {
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: url } });
}

/**
 * Every pair's class on each issue, today and on each date, keyed "today|issue|a~b" or
 * "2022-04-01|issue|a~b" (tests/support/print-comparison-classes.ts); with `reasons`, each
 * class followed by the reason the compare page gives.
 */
export function comparisonClasses(
  url: string,
  negotiation: string,
  issues: string[],
  dates: string[],
  { reasons = false }: { reasons?: boolean } = {},
): Record<string, string> {
  const args = ["tsx", "--conditions=react-server", "tests/support/print-comparison-classes.ts", negotiation, issues.join(","), dates.join(",")];
  const out = execFileSync("npx", reasons ? [...args, "--reasons"] : args, {
    env: { ...process.env, DATABASE_URL: url },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as Record<string, string>;
}
