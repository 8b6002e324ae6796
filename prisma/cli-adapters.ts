// Driver adapters for the Prisma CLI's WebAssembly schema engine (migrate deploy/diff/status).
// The app's runtime uses the stock adapters (lib/db/client.ts); these wrappers only work
// around bugs the CLI meets in @prisma/adapter-pg 6.19 — see STACK notes in README.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// pg type ids the adapter cannot deserialise (prisma/orm#27403): name, "char", name[].
// The schema engine reads catalog columns of these types during introspection.
const TEXT = 25;
const TEXT_ARRAY = 1009;
const TEXT_LIKE: Record<number, number> = { 18: TEXT, 19: TEXT, 1003: TEXT_ARRAY };

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function patchFields<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of (r as QueryResultLike)?.fields ?? []) {
      const replacement = TEXT_LIKE[f.dataTypeID];
      if (replacement !== undefined) f.dataTypeID = replacement;
    }
  }
  return result;
}

function patchQuery<C extends { query: (...a: never[]) => unknown }>(client: C): C {
  const original = client.query.bind(client) as (...a: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(patchFields) : out;
  };
  return client;
}

class CliPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super({ ...config, allowExitOnIdle: true });
    patchQuery(this);
    this.on("connect", (client) => patchQuery(client));
  }
}

function pgConfig(url: string, database?: string): pg.PoolConfig {
  // Separate fields, not a connectionString: a connectionString would override the
  // shadow database's name.
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function withWholeScripts(adapter: Adapter, pool: pg.Pool): Adapter {
  // The stock executeScript splits on ";" and so breaks string literals.
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

class CliPostgresAdapter extends PrismaPg {
  constructor(private readonly url: string) {
    super(new CliPool(pgConfig(url)));
  }

  override async connect() {
    const pool = new CliPool(pgConfig(this.url));
    return withWholeScripts(await new PrismaPg(pool, { disposeExternalPool: true }).connect(), pool);
  }

  override async connectToShadowDb() {
    const admin = new CliPool(pgConfig(this.url));
    const name = `parley_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const pool = new CliPool(pgConfig(this.url, name));
    const adapter = withWholeScripts(await new PrismaPg(pool).connect(), pool);
    adapter.dispose = async () => {
      // The database can only be dropped once its own pool has closed.
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return adapter;
  }
}

class CliSqliteAdapter extends PrismaBetterSQLite3 {
  override async connectToShadowDb() {
    const adapter = await super.connectToShadowDb();
    // Migrations are replayed on the shadow database through executeRaw, which uses
    // better-sqlite3's prepare(): that rejects multi-statement scripts. Run them as scripts.
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  }
}

export function cliAdapter(url: string, engine: "sqlite" | "postgres") {
  return engine === "sqlite" ? new CliSqliteAdapter({ url }) : new CliPostgresAdapter(url);
}
