// Prisma's SQLite `contains` becomes `LIKE ?` with no ESCAPE clause, and SQLite's LIKE has
// no escape character without one: a `%` or `_` typed into a text filter would match
// anything, and could not be made to mean itself. PostgreSQL's LIKE escapes with a
// backslash by default. This gives Parley's SQLite connection the same rule, by adding
// `ESCAPE '\'` to every `LIKE ?` it sends, so one escaping (lib/api/list-query.ts)
// means the same on both engines. Patterns without a backslash match as before.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Query = { sql: string };
type Queryable = { queryRaw(query: Query): Promise<unknown>; executeRaw(query: Query): Promise<number> };

const LIKE_PARAMETER = /\bLIKE \?(?!\s*ESCAPE)/gi;

export function withLikeEscape(sql: string): string {
  return sql.replace(LIKE_PARAMETER, "LIKE ? ESCAPE '\\'");
}

function escaping<T extends Queryable>(target: T): T {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query) => queryRaw({ ...query, sql: withLikeEscape(query.sql) });
  target.executeRaw = (query) => executeRaw({ ...query, sql: withLikeEscape(query.sql) });
  return target;
}

export function likeEscapingSqlite(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = escaping(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => escaping(await startTransaction(...args));
    return adapter;
  };
  return factory;
}
