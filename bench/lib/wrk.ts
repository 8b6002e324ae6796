// Runs wrk (Debian's, bench/spike/environment.ts) with a Lua script whose done() prints one
// JSON line of results, and gives that line parsed.
import { spawn } from "node:child_process";
import { WRK } from "../spike/environment";

export function runWrk<Line>(args: string[]): Promise<Line> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRK, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.trim().split("\n").findLast((text) => text.startsWith("{"));
      if (code !== 0 || !line) return reject(new Error(`wrk exited with ${code}: ${out}`));
      resolve(JSON.parse(line) as Line);
    });
  });
}
