// nginx in front of the instances, run with the committed configuration
// (deploy/nginx-parley.conf): only its ports change, and a main file around it keeps
// nginx's pid, logs and buffers in the benchmark's own directory.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NGINX } from "./environment";

export const COMMITTED_CONFIG = "deploy/nginx-parley.conf";

/** The committed configuration with the balancer on `listen` and one upstream line per instance port. */
export function configFor(listen: number, instancePorts: number[]): string {
  const committed = readFileSync(COMMITTED_CONFIG, "utf8");
  const servers = [...committed.matchAll(/^(\s*)server 127\.0\.0\.1:\d+ (.*);$/gm)];
  if (servers.length === 0 || !/listen 8080;/.test(committed)) throw new Error(`${COMMITTED_CONFIG} no longer has the lines the benchmark replaces`);
  const [first] = servers;
  const lines = instancePorts.map((port) => `${first![1]}server 127.0.0.1:${port} ${first![2]};`).join("\n");
  let replaced = false;
  return committed
    .replace(/^\s*server 127\.0\.0\.1:\d+ .*;\n/gm, () => (replaced ? "" : ((replaced = true), `${lines}\n`)))
    .replace("listen 8080;", `listen 127.0.0.1:${listen};`);
}

export async function startNginx(dir: string, listen: number, instancePorts: number[]) {
  mkdirSync(dir, { recursive: true });
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(path.join(dir, sub), { recursive: true });
    chmodSync(path.join(dir, sub), 0o777); // nginx's workers run as an unprivileged user
  }
  writeFileSync(path.join(dir, "parley.conf"), configFor(listen, instancePorts));
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `# Written by bench/spike/nginx.ts around ${COMMITTED_CONFIG}.
daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/parley.conf;
}
`,
  );
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "inherit", "inherit"] });
  const url = `http://127.0.0.1:${listen}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}; see ${dir}/error.log`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGQUIT");
      await Promise.race([once(child, "exit"), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    },
  };
}
