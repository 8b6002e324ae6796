// Regression guard for the exports: on a database seeded afresh from the bundled data, the
// full archive (GET /api/v1/export.json?scope=archive) must give the file it gave before
// record kinds were registered in one place and before exports were streamed
// (tests/fixtures/russia-ukraine-export.json), once generated ids and moments are normalised
// (tests/support/normalise-export.ts). The seeded data has nothing retracted and no account
// behind its changes, so the reader export of it is that same file under its own format
// name, its revisions without `actorId`. The exports run in their own process because the
// domain's client is bound to DATABASE_URL. To pin a deliberate change of the format, run
// tests/support/print-seeded-export.ts against a freshly seeded database and commit its
// output as the fixture.
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

function exportNow(scope: "archive" | "reader" = "archive"): Record<string, unknown> {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "tests/support/print-seeded-export.ts", scope], {
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

  it("is, for readers, the same records and history without account ids", () => {
    const reader = exportNow("reader");
    expect(reader.format).toBe("parley-reader-export");
    const revisions = (pinned.revisions as Record<string, unknown>[]).map(({ actorId, ...revision }) => {
      expect(actorId, "the seed's changes have no account behind them").toBeNull();
      return revision;
    });
    expect(reader.revisions).toEqual(revisions);
    for (const key of Object.keys(pinned).filter((k) => !["format", "revisions"].includes(k))) expect(reader[key], key).toEqual(pinned[key]);
  }, 120_000);
});
