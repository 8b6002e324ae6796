// A second, empty and migrated database beside the one under test, on the same engine:
// SQLite a file in a temporary folder, PostgreSQL "<test database>_<suffix>" on the same
// server (the test role needs CREATEDB). For tests that need a database with no records.
// A copy of the run's migrated template when scripts/test.sh built one
// (tests/support/database-templates.ts), else migrated here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { engineFor } from "@/lib/db/engine";
import { builtTemplate, copyDatabase, databaseName, dropDatabase, recreateDatabase, renamed, suiteDatabaseUrl, type TemplateKind } from "./database-templates";

export type EmptyDatabase = { url: string; drop(): Promise<void> };

export function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: url } });
}

/** A new database named after `suffix`: a copy of the run's template of `kind` when there is one, else migrated and nothing more (the caller seeds it). */
export async function createDatabaseFrom(kind: TemplateKind, suffix: string): Promise<{ database: EmptyDatabase; copied: boolean }> {
  const base = suiteDatabaseUrl();
  let database: EmptyDatabase;
  if (engineFor(base) === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), `parley-${suffix}-`));
    database = { url: `file:${path.join(dir, "parley.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  } else {
    const url = renamed(base, `${databaseName(base)}_${suffix}`);
    database = { url, drop: () => dropDatabase(url) };
  }
  const template = builtTemplate(kind);
  if (template) {
    await copyDatabase(template, database.url);
  } else {
    await recreateDatabase(database.url);
    migrate(database.url);
  }
  return { database, copied: template !== null };
}

export async function createEmptyDatabase(suffix: string): Promise<EmptyDatabase> {
  return (await createDatabaseFrom("migrated", suffix)).database;
}
