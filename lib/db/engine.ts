// Which database engine a DATABASE_URL selects. Shared by the runtime client, the
// Prisma CLI config and the scripts, so the rule lives in one place.

export type Engine = "sqlite" | "postgres";

/** The embedded default: a SQLite file in prisma/, relative to the working directory. */
export const DEFAULT_DATABASE_URL = "file:./prisma/parley.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function engineFor(url: string): Engine {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgres";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}
