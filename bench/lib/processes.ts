// Child processes the benchmark starts and stops: Parley, the baselines, one-off commands.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

/** A started server: its address, its process group (the command and what it started beneath it), and how to stop it. */
export type Running = { url: string; group: number; stop(): Promise<void> };

/** Runs a command to completion, its output shown, and throws if it fails. */
export function run(command: string, args: string[], env: Record<string, string | undefined> = {}): string {
  return execFileSync(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 }).toString();
}

/** Starts a server and waits until `url` answers; its output is kept for when it fails. */
export async function startServer(command: string, args: string[], url: string, env: Record<string, string | undefined> = {}): Promise<Running> {
  const child: ChildProcess = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited:\n${output}`);
    try {
      if ((await fetch(url)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    group: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      try {
        process.kill(-child.pid!, "SIGTERM"); // the whole group: npm/tsx start node beneath them
      } catch {
        return; // already gone
      }
      await Promise.race([once(child, "exit"), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    },
  };
}
