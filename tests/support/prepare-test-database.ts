// Prepares the databases scripts/test.sh runs the suites on (tests/support/database-templates.ts).
//
//   tsx tests/support/prepare-test-database.ts templates <url>
//     builds <url>'s two templates afresh — migrated by the committed migrations, then a copy
//     of that seeded by prisma/seed.ts — and makes <url> a copy of the seeded one;
//   tsx tests/support/prepare-test-database.ts copy <url> <target-url>
//     makes <target-url> another copy of <url>'s seeded template (the browser tests' database).
//
// The migrations and the seed run as their real commands, as `npm run db:setup` runs them.
import { execFileSync } from "node:child_process";
import { copyDatabase, recreateDatabase, templateUrl } from "./database-templates";

/** Runs a command on `url`, quietly unless it fails. */
function run(command: string, args: string[], url: string) {
  try {
    execFileSync(command, args, { stdio: "pipe", env: { ...process.env, DATABASE_URL: url } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${[command, ...args].join(" ")} failed on ${url}:\n${stdout ?? ""}${stderr ?? ""}`);
    throw error;
  }
}

async function buildTemplates(url: string) {
  const migrated = templateUrl(url, "migrated");
  const seeded = templateUrl(url, "seeded");
  await recreateDatabase(migrated);
  run("npx", ["prisma", "migrate", "deploy"], migrated);
  await copyDatabase(migrated, seeded);
  run("npx", ["tsx", "prisma/seed.ts"], seeded);
  await copyDatabase(seeded, url);
}

async function main() {
  const [command, url, target] = process.argv.slice(2);
  if (command === "templates" && url) return buildTemplates(url);
  if (command === "copy" && url && target) return copyDatabase(templateUrl(url, "seeded"), target);
  throw new Error("usage: prepare-test-database.ts templates <url> | copy <url> <target-url>");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
