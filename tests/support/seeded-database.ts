// The bundled data seeded into a database beside the one under test, by the real script.
import { execFileSync } from "node:child_process";

/** Runs the seed script (prisma/seed.ts) on `url`, as `npm run db:seed` does. */
export function runSeedScript(url: string) {
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: url } });
}
