// What the benchmarks need on the machine: Debian's nginx and wrk (installed when missing, as
// scripts/test.sh installs Chromium's headless shell), Debian's Chromium for Lighthouse, a
// running PostgreSQL, and its database.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { run } from "../lib/processes";

export const NGINX = "/usr/sbin/nginx";

export const WRK = "/usr/bin/wrk";

/** The browser Lighthouse drives (bench/lighthouse.ts): the full Chromium, not the tests' headless shell. */
export const CHROMIUM = "/usr/bin/chromium";

export function ensureNginx() {
  ensureDebianPackage("nginx", NGINX);
}

/** The load generator of both benchmarks (bench/lib/load.ts, bench/spike/readers.ts). */
export function ensureWrk() {
  ensureDebianPackage("wrk", WRK);
}

/** Lighthouse's browser, unless CHROME_PATH names another. */
export function ensureChromium() {
  if (!process.env.CHROME_PATH) ensureDebianPackage("chromium", CHROMIUM);
}

function ensureDebianPackage(name: string, binary: string) {
  if (existsSync(binary)) return;
  if (process.getuid?.() !== 0) throw new Error(`${name} is missing: as root, apt-get install -y ${name}`);
  console.log(`  installing Debian's ${name}`);
  // The benchmark runs what it installs itself: a service the package brings (nginx's, on
  // port 80) is not started (a policy-rc.d that refuses, Debian's way, unless the machine
  // has one already).
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", name], { DEBIAN_FRONTEND: "noninteractive" });
  } finally {
    if (ownPolicy) rmSync(policy);
  }
  if (!existsSync(binary)) throw new Error(`apt-get installed ${name} but ${binary} is missing`);
}

export function ensurePostgresRunning() {
  const ready = () => {
    try {
      execFileSync("pg_isready", ["-q", "-h", "127.0.0.1"]);
      return true;
    } catch {
      return false;
    }
  };
  if (ready()) return;
  if (process.getuid?.() !== 0) throw new Error("PostgreSQL is not running: as root, pg_ctlcluster 15 main start");
  const [version, name] = run("pg_lsclusters", ["-h"]).trim().split(/\s+/);
  run("pg_ctlcluster", [version!, name!, "start"]);
}

/** "nginx version: nginx/1.22.1" (nginx prints it on stderr). */
export function nginxVersion(): string {
  return spawnSync(NGINX, ["-v"]).stderr.toString().trim();
}

/** "wrk debian/4.1.0-3+b2 [epoll]" (wrk prints it, then its usage, and exits with 1). */
export function wrkVersion(): string {
  return spawnSync(WRK, ["-v"]).stdout.toString().split("\n")[0]!.replace(/ Copyright.*/, "").trim();
}
