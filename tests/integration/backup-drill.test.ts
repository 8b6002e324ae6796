// The backup and restore drill of the README ("Backing up and restoring"), performed: pg_dump the
// database under test in the custom format, pg_restore it into a new, empty database, and
// check that the copy holds every row of every table, the change-stamp triggers and the
// migration history, and that Parley reads it as it reads the original. PostgreSQL only: a
// SQLite database is one file, backed up by copying it while Parley is stopped.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl, engineFor } from "@/lib/db/engine";

const source = databaseUrl();
const onPostgres = engineFor(source) === "postgres";

/** The database's URL without query parameters Prisma reads but pg_dump does not know. */
function libpqUrl(url: string): string {
  const u = new URL(url);
  u.search = "";
  return u.toString();
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: libpqUrl(url) });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every table's row count and a digest of its rows, in a stable order. */
async function contents(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const tables = await query<{ name: string }>(url, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  const out: Record<string, { rows: number; digest: string }> = {};
  for (const { name } of tables) {
    const [row] = await query<{ rows: string; digest: string | null }>(
      url,
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    out[name] = { rows: Number(row!.rows), digest: row!.digest ?? "" };
  }
  return out;
}

const triggers = (url: string) =>
  query<{ table: string; name: string }>(url, `SELECT c.relname AS table, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal ORDER BY 1, 2`);

const drill = new URL(libpqUrl(source));
const drillName = `${decodeURIComponent(drill.pathname.slice(1))}_restore_drill`;
drill.pathname = `/${drillName}`;
const dir = mkdtempSync(path.join(tmpdir(), "parley-drill-"));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (onPostgres) await query(source, `DROP DATABASE IF EXISTS "${drillName}" WITH (FORCE)`);
});

describe.runIf(onPostgres)("a backup taken with pg_dump", () => {
  it("restores with pg_restore into an empty database holding every row, trigger and migration", async () => {
    const file = path.join(dir, "parley.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", file, libpqUrl(source)], { stdio: "pipe" });

    await query(source, `DROP DATABASE IF EXISTS "${drillName}" WITH (FORCE)`);
    await query(source, `CREATE DATABASE "${drillName}"`);
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", drill.toString(), file], { stdio: "pipe" });

    const [before, after] = await Promise.all([contents(source), contents(drill.toString())]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(before).toHaveProperty("Position");
    expect(before.Position!.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(await triggers(drill.toString())).toEqual(await triggers(source));
    expect((await triggers(source)).length).toBeGreaterThan(0);
  }, 120_000);

  it("is read by Parley as the original is: the restored database passes migrate status and exports the same records", () => {
    const env = { ...process.env, DATABASE_URL: drill.toString() };
    const status = execFileSync("npx", ["prisma", "migrate", "status"], { env, stdio: "pipe" }).toString();
    expect(status).toMatch(/Database schema is up to date/);
    // The archive as written, ids and moments unchanged; only the moment of writing differs.
    const exportOf = (url: string) => {
      const { generatedAt: _, ...file } = JSON.parse(
        execFileSync("npx", ["tsx", "--conditions=react-server", "tests/support/print-seeded-export.ts", "archive", "--raw"], {
          env: { ...process.env, DATABASE_URL: url },
          maxBuffer: 256 * 1024 * 1024,
        }).toString(),
      ) as Record<string, unknown>;
      return file;
    };
    expect(exportOf(drill.toString())).toEqual(exportOf(source));
  }, 180_000);
});
