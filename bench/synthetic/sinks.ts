// Bulk writers, one per engine, that take rows shaped like the tables and write them in
// big batches through the raw driver: a prepared statement in large transactions on
// SQLite, multi-row INSERTs on PostgreSQL. Prisma would cost one round trip per row.
import Database from "better-sqlite3";
import pg from "pg";
import type { Engine } from "@/lib/db/engine";
import type { Row } from "./dataset";
import { progress } from "./progress";

export type Sink = {
  /** Rows already in the tables the generator fills, by table. */
  countRecords(): Promise<Record<string, number>>;
  /** Deletes every record the generator would write (accounts are kept). */
  deleteRecords(): Promise<void>;
  insert(table: string, rows: Iterable<Row>, total: number): Promise<void>;
  /** Refreshes the planner's statistics after the load. */
  analyse(): Promise<void>;
  close(): Promise<void>;
};

// In foreign-key order; deleted in reverse.
export const TABLES = [
  "Negotiation", "Party", "NegotiationParty", "Issue", "Area", "Source", "Event", "EventParticipant", "EventSource",
  "Commitment", "CommitmentParty", "CommitmentSource", "Position", "Citation", "Revision", "SearchDocument",
] as const;

export function openSink(engine: Engine, url: string): Sink {
  return engine === "sqlite" ? sqliteSink(url.slice("file:".length)) : postgresSink(url);
}

// The text form Prisma's SQLite adapter stores DateTime in.
const sqliteValue = (v: unknown) =>
  v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v !== null && typeof v === "object" ? JSON.stringify(v) : v;

function sqliteSink(file: string): Sink {
  const sqlite = new Database(file);
  // A scratch load: a crash mid-way means starting again, so skip the fsyncs.
  sqlite.pragma("synchronous = OFF");
  return {
    async countRecords() {
      return Object.fromEntries(TABLES.map((t) => [t, (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
    },
    async deleteRecords() {
      sqlite.transaction(() => {
        for (const t of [...TABLES].reverse()) sqlite.exec(`DELETE FROM "${t}"`);
      })();
    },
    async insert(table, rows, total) {
      const tick = progress(table, total);
      let insert: Database.Statement | undefined;
      let batch: unknown[][] = [];
      const flush = sqlite.transaction((values: unknown[][]) => {
        for (const v of values) insert!.run(v);
      });
      for (const row of rows) {
        insert ??= sqlite.prepare(
          `INSERT INTO "${table}" (${Object.keys(row).map((c) => `"${c}"`).join(", ")}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`,
        );
        batch.push(Object.values(row).map(sqliteValue));
        if (batch.length === 20_000) {
          flush(batch);
          tick(batch.length);
          batch = [];
        }
      }
      if (batch.length) flush(batch);
      tick(batch.length);
    },
    async analyse() {
      for (const t of TABLES) sqlite.exec(`ANALYZE "${t}"`);
    },
    async close() {
      sqlite.close();
    },
  };
}

// timestamp(3) columns hold UTC wall time, as Prisma writes them.
const postgresValue = (v: unknown) =>
  v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : v !== null && typeof v === "object" ? JSON.stringify(v) : v;

function postgresSink(url: string): Sink {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  return {
    async countRecords() {
      await connected;
      const counts: Record<string, number> = {};
      for (const t of TABLES) counts[t] = Number((await client.query(`SELECT COUNT(*) AS n FROM "${t}"`)).rows[0].n);
      return counts;
    },
    async deleteRecords() {
      await connected;
      await client.query(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")}`);
    },
    async insert(table, rows, total) {
      await connected;
      const tick = progress(table, total);
      let columns: string[] | undefined;
      let batchSize = 0;
      let values: unknown[] = [];
      let count = 0;
      const flush = async () => {
        if (count === 0) return;
        const width = columns!.length;
        const tuples = Array.from({ length: count }, (_, r) => `(${columns!.map((_, c) => `$${r * width + c + 1}`).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${columns!.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`, values);
        tick(count);
        values = [];
        count = 0;
      };
      await client.query("BEGIN");
      for (const row of rows) {
        columns ??= Object.keys(row);
        // PostgreSQL allows 65,535 parameters per statement.
        batchSize ||= Math.min(5_000, Math.floor(65_000 / columns.length));
        for (const v of Object.values(row)) values.push(postgresValue(v));
        if (++count === batchSize) await flush();
      }
      await flush();
      await client.query("COMMIT");
    },
    async analyse() {
      await client.query(`ANALYZE ${TABLES.map((t) => `"${t}"`).join(", ")}`);
    },
    async close() {
      await client.end();
    },
  };
}
