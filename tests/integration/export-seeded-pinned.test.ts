// Regression guard for the export: on a database seeded afresh from the bundled data,
// GET /api/v1/export.json must give the file it gave before record kinds were registered
// in one place (tests/fixtures/russia-ukraine-export.json), once generated ids and moments
// are normalised (tests/support/normalise-export.ts). The export runs in its own process
// because the domain's client is bound to DATABASE_URL. To pin a deliberate change of the
// format, run tests/support/print-seeded-export.ts against a freshly seeded database and
// commit its output as the fixture.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";

const pinned = JSON.parse(readFileSync("tests/fixtures/russia-ukraine-export.json", "utf8")) as Record<string, unknown>;

let database: EmptyDatabase;
beforeAll(async () => {
  database = await createEmptyDatabase("export_pin");
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: database.url } });
}, 180_000);
afterAll(() => database?.drop());

function exportNow(): Record<string, unknown> {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "tests/support/print-seeded-export.ts"], {
    env: { ...process.env, DATABASE_URL: database.url },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as Record<string, unknown>;
}

describe("the export of the seeded record", () => {
  it("is unchanged, record for record and revision for revision", () => {
    const now = exportNow();
    // A kind added since has a section of its own, which the seeded data leaves empty.
    const added = Object.keys(now).filter((key) => !(key in pinned));
    for (const key of added) expect(now[key], `${key}, a section added since the pin`).toEqual([]);
    expect(Object.keys(now).filter((key) => key in pinned)).toEqual(Object.keys(pinned));
    for (const key of Object.keys(pinned)) expect(now[key], key).toEqual(pinned[key]);
  }, 120_000);
});
