// Seeds the database DATABASE_URL names with Parley's bundled negotiations.
// Safe to run again: it only adds what is missing and says what it found.
import { readFileSync } from "node:fs";
import { rerunUnderServerConditions } from "../scripts/server-conditions";

// In this order: a party two negotiations share keeps the record the first file gives it.
const files = ["prisma/seed/russia-ukraine.json", "prisma/seed/israel-hamas-gaza.json"];
// Plans of every negotiation above, loaded once the negotiations are: a negotiation's plans
// wait in the file until the negotiation itself is seeded.
const plansFile = "prisma/seed/plans.json";

async function main() {
  // lib/ loads only under the react-server condition (scripts/server-conditions.ts).
  const { createDb } = await import("@/lib/db/client");
  const { databaseUrl, engineFor } = await import("@/lib/db/engine");
  const { loadSeed } = await import("@/lib/seed/load-seed");
  const { seedFile } = await import("@/lib/seed/seed-file");
  const { loadPlanSeed } = await import("@/lib/seed/load-plan-seed");
  const { planSeedFile } = await import("@/lib/seed/plan-seed-file");
  const db = createDb();
  try {
    for (const path of files) {
      const file = seedFile.parse(JSON.parse(readFileSync(path, "utf8")));
      const counts = await loadSeed(db, file);
      const lines = Object.entries(counts).map(
        ([kind, c]) => `  ${kind.padEnd(12)} ${String(c.created).padStart(4)} added, ${String(c.existing).padStart(4)} already present`,
      );
      console.log(`Seeded "${file.negotiation.slug}" into ${engineFor(databaseUrl())}:\n${lines.join("\n")}`);
    }
    const plans = await loadPlanSeed(db, planSeedFile.parse(JSON.parse(readFileSync(plansFile, "utf8"))));
    const { waiting, ...loaded } = plans;
    const lines = Object.entries(loaded).map(
      ([kind, c]) => `  ${kind.padEnd(12)} ${String(c.created).padStart(4)} added, ${String(c.existing).padStart(4)} already present`,
    );
    for (const w of waiting) lines.push(`  ${w.plans} plans of "${w.negotiation}" wait until that negotiation is seeded`);
    console.log(`Seeded plans:\n${lines.join("\n")}`);
  } finally {
    await db.$disconnect();
  }
}

const rerun = rerunUnderServerConditions();
if (rerun !== null) process.exit(rerun);
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
