// Databases the tests make are copies of two templates per engine: one migrated, one migrated
// and seeded. Migrating a database takes seconds (on PostgreSQL some ten here) and seeding it
// fifteen more; copying one is a file copy on SQLite and `CREATE DATABASE … TEMPLATE` on
// PostgreSQL, a fraction of a second either way. scripts/test.sh builds the templates once per
// run (tests/support/prepare-test-database.ts) and names the database they were built for in
// PARLEY_TEST_TEMPLATES_OF; without it (a test file run by hand), each database is migrated,
// and seeded, afresh.
//
// The templates sit beside the database they serve: SQLite "<file>.template-<kind>.db" in the
// same folder, PostgreSQL "<database>_template_<kind>" on the same server.
import { copyFileSync, existsSync, rmSync } from "node:fs";
import pg from "pg";
import { databaseUrl, engineFor } from "@/lib/db/engine";

export type TemplateKind = "migrated" | "seeded";

const SQLITE_COMPANIONS = ["", "-journal", "-wal", "-shm"];

export function templateUrl(url: string, kind: TemplateKind): string {
  if (engineFor(url) === "sqlite") return url.replace(/(\.db)?$/, `.template-${kind}.db`);
  return renamed(url, `${databaseName(url)}_template_${kind}`);
}

/**
 * The database the suite runs on: DATABASE_URL, unless this test file moved the domain to a
 * database of its own (tests/support/own-database.ts), which keeps the suite's here.
 */
export function suiteDatabaseUrl(): string {
  return process.env.PARLEY_TEST_SUITE_DATABASE_URL ?? databaseUrl();
}

/** The template of `kind` built for the suite's database in this run, or null when none was. */
export function builtTemplate(kind: TemplateKind): string | null {
  const base = suiteDatabaseUrl();
  return process.env.PARLEY_TEST_TEMPLATES_OF === base ? templateUrl(base, kind) : null;
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name ${name}`);
  return name;
}

/** The same server, another database. */
export function renamed(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const sqliteFile = (url: string) => url.slice("file:".length);

async function onServer(url: string, sql: string) {
  // The maintenance database: a database cannot be dropped, or copied, over a connection to it.
  const client = new pg.Client({ connectionString: renamed(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Removes the database `url` names, if there is one. */
export async function dropDatabase(url: string) {
  if (engineFor(url) === "sqlite") {
    for (const suffix of SQLITE_COMPANIONS) rmSync(sqliteFile(url) + suffix, { force: true });
    return;
  }
  // WITH (FORCE) ends other sessions in the database, which PostgreSQL refuses (42501) when one
  // of them is an autovacuum worker and the role lacks pg_signal_backend; such a worker
  // finishes in moments, so wait and try again rather than fail.
  for (let attempt = 1; ; attempt++) {
    try {
      return await onServer(url, `DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
    } catch (error) {
      if ((error as { code?: string }).code !== "42501" || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Makes `url` an empty database, without tables (PostgreSQL), or no file at all (SQLite). */
export async function recreateDatabase(url: string) {
  await dropDatabase(url);
  if (engineFor(url) === "postgres") await onServer(url, `CREATE DATABASE "${databaseName(url)}"`);
}

/** Makes `to` a copy of `from`, on the same engine, replacing whatever `to` held. Nothing may be connected to `from`. */
export async function copyDatabase(from: string, to: string) {
  await dropDatabase(to);
  if (engineFor(from) === "sqlite") {
    // With its write-ahead log, if one is left: commits not yet moved into the file are there.
    copyFileSync(sqliteFile(from), sqliteFile(to));
    if (existsSync(sqliteFile(from) + "-wal")) copyFileSync(sqliteFile(from) + "-wal", sqliteFile(to) + "-wal");
  }
  else await onServer(from, `CREATE DATABASE "${databaseName(to)}" TEMPLATE "${databaseName(from)}"`);
}
