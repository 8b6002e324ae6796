// Preparing a database and starting Parley on it, the way `npm run serve` does.
import { run, startServer, type Running } from "./processes";

export function prepareSeededDatabase(databaseUrl: string) {
  const env = { DATABASE_URL: databaseUrl };
  run("npx", ["tsx", "scripts/reset-db.ts", "--yes"], env);
  run("npx", ["prisma", "migrate", "deploy"], env);
  run("npx", ["tsx", "prisma/seed.ts"], env);
}

export function createWriteToken(databaseUrl: string): string {
  return run("npx", ["tsx", "--conditions=react-server", "bench/lib/bench-token.ts"], { DATABASE_URL: databaseUrl }).trim().split("\n").at(-1)!;
}

/** Parley's production server (server.ts) on `port`; `cache: false` answers every request by rendering. */
export function startParley(databaseUrl: string, port: number, { cache = true, env = {} }: { cache?: boolean; env?: Record<string, string> } = {}): Promise<Running> {
  return startServer("npm", ["start"], `http://127.0.0.1:${port}/`, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PARLEY_HOST: "127.0.0.1",
    PARLEY_CACHE: cache ? "on" : "off",
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  });
}
