// The one Prisma client, created with the driver adapter that DATABASE_URL selects.
// Both engines' clients are generated from one schema (prisma/schema.prisma), so the
// SQLite client's types describe either.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient, type Prisma } from "./generated/sqlite/client";
import { databaseUrl, engineFor, type Engine } from "./engine";
import { rememberQueryPlans } from "./query-plan-memo";
import { tunedSqlite } from "./sqlite-connection";
import { likeEscapingSqlite } from "./sqlite-like-escape";

rememberQueryPlans();

export type Db = SqliteClient;
export type { Prisma };

export type QueryEvent = { query: string; params: string; duration: number };
const queryListeners = new Set<(event: QueryEvent) => void>();

/**
 * Calls `listener` with each SQL statement the app's clients send, until the returned
 * function is called. Outside production only (production clients do not report
 * queries): tests count the queries each page makes with it.
 */
export function onQuery(listener: (event: QueryEvent) => void): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

// PostgreSQL's default random_page_cost (4) models spinning disks; with it the planner
// prefers reading every search document over the full-text index, which at 150,000
// documents makes a search for a common word ~25 ms slower. 1.1 is the usual SSD setting.
// No parallel workers: a web request's queries already run side by side with other
// requests' (and a search's ranking beside its count), so extra workers only contend for
// the same cores; without them a common-word search at that size took p95 64 ms, not 78.
const PLANNER_SETTINGS = "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0";

// Connections each client may open to PostgreSQL (PARLEY_DB_POOL_SIZE, checked at start-up by
// lib/config/env.ts; the README's deployment guide sizes it against max_connections).
const DEFAULT_POOL_SIZE = 10;
function poolSize(): number {
  const size = Number(process.env.PARLEY_DB_POOL_SIZE);
  return Number.isInteger(size) && size > 0 ? size : DEFAULT_POOL_SIZE;
}

export function createDb(url: string = databaseUrl()): Db {
  const log = process.env.NODE_ENV === "production" ? undefined : [{ emit: "event" as const, level: "query" as const }];
  const client =
    engineFor(url) === "sqlite"
      ? // A writer waits for another connection's lock (as long as a write transaction may
        // run) instead of failing at once.
        new SqliteClient({ adapter: likeEscapingSqlite(tunedSqlite(new PrismaBetterSQLite3({ url, timeout: 15_000 }))), log })
      : (new PostgresClient({ adapter: new PrismaPg({ connectionString: url, options: PLANNER_SETTINGS, max: poolSize() }), log }) as unknown as Db);
  if (log) (client as unknown as QueryReporter).$on("query", (event) => queryListeners.forEach((listener) => listener(event)));
  return client as Db;
}

type QueryReporter = { $on(event: "query", callback: (event: QueryEvent) => void): void };

const globalForDb = globalThis as unknown as { parleyDb?: Db };

// Reused across hot reloads in development so connections are not leaked.
export const db: Db = globalForDb.parleyDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.parleyDb = db;

export const engine: Engine = engineFor(databaseUrl());

/** A client or an interactive transaction: domain functions accept either. */
export type DbOrTx = Db | Prisma.TransactionClient;
