// Prints, as JSON, what GET /api/v1/export.json answers for the database DATABASE_URL names,
// normalised (tests/support/normalise-export.ts). Run in its own process against a database
// seeded for the purpose, so a test compares the seeded data alone. Usage:
//   tsx --conditions=react-server tests/support/print-seeded-export.ts
import * as route from "@/app/api/v1/export.json/route";
import { db } from "@/lib/db/client";
import { normaliseExport } from "./normalise-export";

async function main() {
  const response = await route.GET(new Request("http://localhost/api/v1/export.json"), { params: Promise.resolve({}) });
  if (response.status !== 200) throw new Error(`The export answered ${response.status}`);
  process.stdout.write(`${JSON.stringify(normaliseExport(await response.json()), null, 1)}\n`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
