// What the tests set up (./fixture-commands.ts, ./edit-commands.ts, accounts and sessions) is
// made in one long-lived process per Playwright worker (./setup-process-main.ts), started on
// first use. Starting tsx and loading lib/ for each request cost a second or two of CPU, some
// seventy times per engine on a two-core machine where the browsers and servers wanted it.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import type { Socket } from "node:net";
import type { Readable } from "node:stream";

const url = process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db";

type Pending = { resolve(value: unknown): void; reject(error: Error): void; what: string };
const pending = new Map<number, Pending>();
let lastId = 0;
let child: ChildProcess | null = null;

function start(): ChildProcess {
  // Node itself with tsx's loader, not the tsx command: that runs the script in a process of
  // its own beneath it, whose descriptor 3 is tsx's and not this pipe.
  const started = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/e2e/support/setup-process-main.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["pipe", "ignore", "pipe", "pipe"],
  });
  let stderr = "";
  started.stderr!.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  createInterface({ input: started.stdio[3] as Readable }).on("line", (line) => {
    const { id, value, error } = JSON.parse(line) as { id: number; value?: unknown; error?: string };
    const request = pending.get(id);
    pending.delete(id);
    if (error) request?.reject(new Error(`Setup "${request.what}" failed: ${error}`));
    else request?.resolve(value);
  });
  started.on("exit", (code) => {
    child = null;
    for (const request of pending.values()) request.reject(new Error(`The setup process stopped (${code}) during "${request.what}":\n${stderr}`));
    pending.clear();
  });
  // Nothing here may keep a finished worker alive: its end closes stdin, and the process ends.
  // (The pipes are sockets, which can be unreferenced.)
  for (const pipe of [started.stdin, started.stderr, started.stdio[3]]) (pipe as unknown as Socket).unref();
  started.unref();
  return started;
}

/** Runs a setup command (see ./setup-process-main.ts) and gives its answer. */
export function runSetupCommand<T>(command: string, ...args: string[]): Promise<T> {
  child ??= start();
  const id = ++lastId;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, what: [command, ...args].join(" ") });
    child!.stdin!.write(`${JSON.stringify({ id, command, args })}\n`);
  });
}
