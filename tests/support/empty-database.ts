// A second, empty and migrated database beside the one under test, on the same engine:
// SQLite a file in a temporary folder, PostgreSQL "<test database>_<suffix>" on the same
// server (the test role needs CREATEDB). For tests that need a database with no records.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { databaseUrl, engineFor } from "@/lib/db/engine";

export type EmptyDatabase = { url: string; drop(): Promise<void> };

export function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: url } });
}

async function onServer(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// WITH (FORCE) ends other sessions in the database, which PostgreSQL refuses (42501) when one
// of them is an autovacuum worker and the role lacks pg_signal_backend; such a worker finishes
// in moments, so wait and try again rather than fail the test.
async function dropDatabase(url: string, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } catch (error) {
      if ((error as { code?: string }).code !== "42501" || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export async function createEmptyDatabase(suffix: string): Promise<EmptyDatabase> {
  const base = databaseUrl();
  if (engineFor(base) === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), `parley-${suffix}-`));
    const url = `file:${path.join(dir, "parley.db")}`;
    migrate(url);
    return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const u = new URL(base);
  const name = `${decodeURIComponent(u.pathname.slice(1))}_${suffix}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name ${name}`);
  await dropDatabase(base, name);
  await onServer(base, `CREATE DATABASE "${name}"`);
  u.pathname = `/${name}`;
  const url = u.toString();
  migrate(url);
  return { url, drop: () => dropDatabase(base, name) };
}
