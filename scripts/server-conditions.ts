// Parley's lib/ is server-only: its modules import "server-only", which refuses to load
// outside the react-server condition (Next.js sets it for server code). Scripts that load
// lib/ run under it (`tsx --conditions=react-server …`, as package.json does); one started
// without it runs itself again with it, so `npx tsx prisma/seed.ts` keeps working.
import { spawnSync } from "node:child_process";

function underServerConditions(): boolean {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return flags.some((flag, i) => flag === "--conditions=react-server" || flag === "-C=react-server" || ((flag === "--conditions" || flag === "-C") && flags[i + 1] === "react-server"));
}

/** Null when this process may load lib/; otherwise the exit code of the same script run again under the condition. */
export function rerunUnderServerConditions(): number | null {
  if (underServerConditions()) return null;
  const result = spawnSync(process.execPath, ["--conditions=react-server", ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  return result.status ?? 1;
}
