// What the figures were measured on, for the results file.
import os from "node:os";
import { execFileSync } from "node:child_process";
import { sharedBuffers } from "./postgres-memory";

export function describeMachine(): string[] {
  const cpus = os.cpus();
  const version = (name: string, command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { stdio: ["ignore", "pipe", "ignore"] }).toString().trim().split("\n")[0];
    } catch {
      return `${name} not installed`;
    }
  };
  return [
    `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB memory`,
    `${os.type()} ${os.release()} (${os.arch()})`,
    `Node.js ${process.version}; ${version("Chromium", "/usr/bin/chromium", ["--version"])}; ${version("psql", "psql", ["--version"])}, shared_buffers ${sharedBuffers()}`,
  ];
}
