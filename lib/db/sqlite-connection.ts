// How Parley's SQLite connection is set up, beyond what the driver adapter does itself:
//
// - Write-ahead logging. In SQLite's default rollback-journal mode every commit syncs the
//   journal and the database file to disk, on the one thread that also serves readers: about
//   1.5 ms a save on these machines, against 0.2 ms with a log. Readers and a writer also no
//   longer block each other across processes. Commits stay durable: `synchronous` is left at
//   FULL, so the log is synced at every commit. The mode is stored in the file, whose
//   companions (`-wal`, `-shm`) belong with it (tests/support/database-templates.ts).
// - Statements kept prepared. The adapter prepares each statement anew for every query,
//   which cost about a tenth of a save's CPU; a page or a save sends the same few dozen
//   statements each time, so they are kept by their SQL and only their values bound per call.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { LRUCache } from "lru-cache";

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

/** Statements kept per connection: every distinct statement Parley sends, with room to spare. */
const KEPT_STATEMENTS = 1_000;

/**
 * What the adapter calls on a prepared statement (`prepare(sql).bind(args)`, then `reader`,
 * `columns()`, `raw().all()` or `run()`), with the values bound for this call only: a kept
 * statement cannot be bound for good, as `bind` would.
 */
function boundForOneCall(statement: Statement, args: unknown[] = []) {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(...args) }),
    run: () => statement.run(...args),
    bind: (values: unknown[]) => boundForOneCall(statement, values),
  };
}

function keepingStatements(database: Database) {
  const kept = new LRUCache<string, Statement>({ max: KEPT_STATEMENTS });
  const prepare = database.prepare.bind(database) as (sql: string) => Statement;
  (database as unknown as { prepare(sql: string): unknown }).prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (!statement) {
      statement = prepare(sql);
      kept.set(sql, statement);
    }
    return boundForOneCall(statement);
  };
}

/** Gives each connection the factory opens write-ahead logging and kept statements. */
export function tunedSqlite(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // The adapter keeps its better-sqlite3 connection as `client` (a public field it does
    // not declare in its types).
    const database = (adapter as unknown as { client: Database }).client;
    try {
      database.pragma("journal_mode = WAL");
    } catch {
      // Only the first connection to a file switches it, and not while another process has
      // it open (SQLITE_BUSY): that one already did, or will when alone. Either mode works.
    }
    keepingStatements(database);
    return adapter;
  };
  return factory;
}
