// What the news-spike benchmark needs on the machine: Debian's nginx (installed when missing,
// as scripts/test.sh installs Chromium), a running PostgreSQL, and its database.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { run } from "../lib/processes";

export const NGINX = "/usr/sbin/nginx";

export function ensureNginx() {
  if (existsSync(NGINX)) return;
  if (process.getuid?.() !== 0) throw new Error("nginx is missing: as root, apt-get install -y nginx");
  console.log("  installing Debian's nginx");
  // The benchmark runs nginx itself: the package's own service on port 80 is not started
  // (a policy-rc.d that refuses, Debian's way, unless the machine has one already).
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "nginx"], { DEBIAN_FRONTEND: "noninteractive" });
  } finally {
    if (ownPolicy) rmSync(policy);
  }
  if (!existsSync(NGINX)) throw new Error("apt-get installed nginx but /usr/sbin/nginx is missing");
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
