// Changes made by "another editor" for the history tests: see editing-cli.ts.
import { execFileSync } from "node:child_process";
import path from "node:path";

const url = process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db";

export function editAsAnotherEditor<T = Record<string, unknown>>(...args: string[]): T {
  const out = execFileSync(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "tests/e2e/support/editing-cli.ts", ...args],
    { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] },
  );
  return JSON.parse(out.toString().trim().split("\n").at(-1)!) as T;
}
