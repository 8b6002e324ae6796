// PostgreSQL's shared buffers, as the README's deployment guide sizes them. Debian's default
// (128 MB) is smaller than the search tables at the synthetic scale (about 140 MB), so every
// common-word search would copy its pages in from the operating system's cache again; no
// production database is run that way. The benchmarks measure the deployment the guide
// describes: when the running cluster has less, they raise it and restart it (as root).
import { execFileSync } from "node:child_process";
import { run } from "./processes";

export const BENCH_SHARED_BUFFERS = "1GB";
const ADMIN_URL = "postgres://parley:parley@127.0.0.1:5432/postgres";

export function sharedBuffers(url = ADMIN_URL): string {
  try {
    return run("psql", [url, "-tAc", "SHOW shared_buffers"]).trim();
  } catch {
    return "unknown";
  }
}

function megabytes(setting: string): number {
  const m = /^(\d+)\s*(kB|MB|GB|TB)$/.exec(setting);
  if (!m) return 0;
  return Number(m[1]) * { kB: 1 / 1024, MB: 1, GB: 1024, TB: 1024 * 1024 }[m[2] as "kB" | "MB" | "GB" | "TB"];
}

/** Raises shared_buffers to BENCH_SHARED_BUFFERS when it is smaller; returns the setting in force. */
export function ensurePostgresMemory(): string {
  const current = sharedBuffers();
  if (megabytes(current) >= megabytes(BENCH_SHARED_BUFFERS)) return current;
  if (process.getuid?.() !== 0) {
    console.log(`  PostgreSQL shared_buffers is ${current}; the deployment guide asks for ${BENCH_SHARED_BUFFERS} (not root: left as it is)`);
    return current;
  }
  console.log(`  raising PostgreSQL shared_buffers from ${current} to ${BENCH_SHARED_BUFFERS} (README: deployment)`);
  execFileSync("su", ["postgres", "-c", `psql -q -c "ALTER SYSTEM SET shared_buffers = '${BENCH_SHARED_BUFFERS}'"`], { stdio: "inherit" });
  const [version, name] = run("pg_lsclusters", ["-h"]).trim().split(/\s+/);
  run("pg_ctlcluster", [version!, name!, "restart"]);
  return sharedBuffers();
}
