// The synthetic dataset at scale, on each engine: generate it, start Parley on it with the
// response cache off (so every request is rendered from the database, the figure the
// targets are about), measure latency, and keep the query plans that explain it.
import { measureAtScale, type Measurement } from "../scale/measure";
import { createWriteToken, startParley } from "./parley";
import { ensurePostgresMemory } from "./postgres-memory";
import { run } from "./processes";

export type EngineAtScale = { engine: string; url: string; generateSeconds: number; measurement: Measurement; plans: string } | { engine: string; skipped: string };

export const SCALE_DATABASES = {
  SQLite: "file:./.tmp/bench-scale.db",
  PostgreSQL: process.env.BENCH_POSTGRES_URL ?? "postgres://parley:parley@127.0.0.1:5432/parley_bench_scale",
};

export async function measureScale({ scale }: { scale: number }): Promise<EngineAtScale[]> {
  const results: EngineAtScale[] = [];
  for (const [engine, url] of Object.entries(SCALE_DATABASES)) {
    console.log(`  ${engine}`);
    const env = { DATABASE_URL: url };
    try {
      if (url.startsWith("postgres")) {
        ensurePostgresDatabase(url);
        ensurePostgresMemory();
      }
      run("npx", ["tsx", "scripts/reset-db.ts", "--yes"], env);
      run("npx", ["prisma", "migrate", "deploy"], env);
    } catch (error) {
      results.push({ engine, skipped: `no database at ${url.replace(/:[^:@/]*@/, ":***@")} (${(error as Error).message.split("\n")[0]})` });
      continue;
    }
    const started = Date.now();
    process.stdout.write(run("npx", ["tsx", "bench/synthetic/generate.ts", "--scale", String(scale), "--yes"], env));
    const generateSeconds = Math.round((Date.now() - started) / 1000);
    const token = createWriteToken(url);
    const server = await startParley(url, 3404, { cache: false });
    try {
      const measurement = await measureAtScale(server.url, { token, log: (line) => console.log(`    ${line}`) });
      const plans = run("npx", ["tsx", "--conditions=react-server", "bench/scale/plans.ts"], env);
      results.push({ engine, url, generateSeconds, measurement, plans });
    } finally {
      await server.stop();
    }
  }
  return results;
}

/** Creates the benchmark's PostgreSQL database if it is missing (the role needs CREATEDB). */
export function ensurePostgresDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const server = new URL(url);
  server.pathname = "/postgres";
  const exists = run("psql", [server.toString(), "-tAc", `SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "")}'`]).trim();
  if (exists !== "1") run("psql", [server.toString(), "-c", `CREATE DATABASE "${name.replace(/"/g, "")}"`]);
}
