// Parley instances for the spike: node running server.ts directly (not `npm start`), so
// that SIGKILL reaches the server itself, as when a machine or container dies. What an
// instance prints (its warnings, say) goes to `logFile`, which a failed start quotes.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { closeSync, openSync, readFileSync } from "node:fs";

export type Instance = { port: number; pid: number; kill9(): void; stop(): Promise<void> };

export async function startInstance(port: number, env: Record<string, string>, logFile: string): Promise<Instance> {
  const log = openSync(logFile, "w");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), PARLEY_HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", log, log],
  });
  // The child has its own copy of the descriptor.
  closeSync(log);
  const output = () => readFileSync(logFile, "utf8").slice(-8_000);
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Parley on ${port} exited:\n${output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Parley on ${port} was not healthy within 90 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    port,
    pid: child.pid!,
    kill9: () => void child.kill("SIGKILL"),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await Promise.race([once(child, "exit"), new Promise((resolve) => setTimeout(resolve, 30_000))]);
    },
  };
}
