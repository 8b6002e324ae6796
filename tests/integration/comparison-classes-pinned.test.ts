// Regression guard for the comparison rules: on a database seeded afresh from the bundled
// data, every pair of Russia–Ukraine parties must get the class it got before territorial
// claims became party-neutral (tests/fixtures/russia-ukraine-comparison-classes.json), on
// every issue that had term shapes then, today and on each statement date. A fresh database
// keeps other suites' edits out of it; the comparison runs in its own process because the
// domain's client is bound to DATABASE_URL.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmptyDatabase } from "../support/empty-database";
import { createSeededDatabase } from "../support/seeded-database";

type Pinned = { negotiation: string; issues: string[]; dates: string[]; classes: Record<string, string> };
const pinned = JSON.parse(readFileSync("tests/fixtures/russia-ukraine-comparison-classes.json", "utf8")) as Pinned;

let database: EmptyDatabase;
beforeAll(async () => {
  database = await createSeededDatabase("pinned");
}, 180_000);
afterAll(() => database?.drop());

function classesNow(): Record<string, string> {
  const out = execFileSync(
    "npx",
    ["tsx", "--conditions=react-server", "tests/support/print-comparison-classes.ts", pinned.negotiation, pinned.issues.join(","), pinned.dates.join(",")],
    { env: { ...process.env, DATABASE_URL: database.url }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(out.toString()) as Record<string, string>;
}

describe("comparison classes of the seeded Russia–Ukraine record", () => {
  it("are unchanged for every pair, issue and date", () => {
    const now = classesNow();
    // Every pinned pair still exists, and no pair outside the pin has become comparable.
    const judged = Object.fromEntries(Object.entries(now).filter(([, c]) => c !== "unknown"));
    expect(Object.keys(now).length).toBe(66 * pinned.issues.length * (pinned.dates.length + 1));
    expect(judged).toEqual(pinned.classes);
  }, 120_000);
});
