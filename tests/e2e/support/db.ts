// Direct, read-only SQL against the database the app under test uses, so end-to-end tests
// check what the pages show against what is stored, independently of the app's own code.
// Write SQL with "?" placeholders and quoted Prisma table names ("Position"); this helper
// adapts placeholders for PostgreSQL.
import Database from "better-sqlite3";
import pg from "pg";

const url = process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db";

export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (url.startsWith("file:")) {
    const sqlite = new Database(url.slice("file:".length), { readonly: true });
    try {
      return sqlite.prepare(sql).all(...params) as T[];
    } finally {
      sqlite.close();
    }
  }
  let n = 0;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Writes for a test's own fixtures (e.g. a retracted record that must stay hidden), with
 * the same placeholders as `query`. Tests remove what they add; seeded rows are never changed.
 */
export async function execute(sql: string, params: unknown[] = []): Promise<void> {
  if (url.startsWith("file:")) {
    const sqlite = new Database(url.slice("file:".length), { timeout: 5000 });
    try {
      sqlite.prepare(sql).run(...params);
    } finally {
      sqlite.close();
    }
    return;
  }
  let n = 0;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql.replace(/\?/g, () => `$${++n}`), params);
  } finally {
    await client.end();
  }
}
