// The resident memory of a server's processes, sampled while a measurement runs: its peak
// says what a scenario costs the server, whatever the garbage collector does between samples.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** The process of `group` holding the most memory: the Node.js server beneath npm and tsx. */
export function largestProcessIn(group: number): number {
  const rows = execFileSync("ps", ["-o", "pid=,rss=", "-g", String(group)]).toString().trim().split("\n");
  const [pid] = rows.map((row) => row.trim().split(/\s+/).map(Number)).sort((a, b) => b[1]! - a[1]!)[0]!;
  return pid!;
}

/** Resident memory of `pid` now, in bytes. */
export function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB$/m);
  return line ? Number(line[1]) * 1024 : 0;
}

/** Samples `pid`'s resident memory every `everyMs` while `work` runs; returns its result and the peak. */
export async function withPeakMemory<T>(pid: number, work: () => Promise<T>, everyMs = 25): Promise<{ result: T; peakBytes: number; beforeBytes: number }> {
  const beforeBytes = residentBytes(pid);
  let peakBytes = beforeBytes;
  const timer = setInterval(() => (peakBytes = Math.max(peakBytes, residentBytes(pid))), everyMs);
  try {
    const result = await work();
    peakBytes = Math.max(peakBytes, residentBytes(pid));
    return { result, peakBytes, beforeBytes };
  } finally {
    clearInterval(timer);
  }
}
