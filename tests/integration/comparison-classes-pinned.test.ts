// Regression guard for the comparison rules: on a database seeded afresh from the bundled
// data, every pair of Russia–Ukraine parties must get the class it got before territorial
// claims became party-neutral (tests/fixtures/russia-ukraine-comparison-classes.json), on
// every issue that had term shapes then, today and on each statement date. A fresh database
// keeps other suites' edits out of it (tests/support/own-database.ts).
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { comparisonClasses } from "../support/comparison-classes";

type Pinned = { negotiation: string; issues: string[]; dates: string[]; classes: Record<string, string> };
const pinned = JSON.parse(readFileSync("tests/fixtures/russia-ukraine-comparison-classes.json", "utf8")) as Pinned;

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("pinned", "seeded"));
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("comparison classes of the seeded Russia–Ukraine record", () => {
  it("are unchanged for every pair, issue and date", async () => {
    const now = await comparisonClasses(pinned.negotiation, pinned.issues, pinned.dates);
    // Every pinned pair still exists, and no pair outside the pin has become comparable.
    const judged = Object.fromEntries(Object.entries(now).filter(([, c]) => c !== "unknown"));
    expect(Object.keys(now).length).toBe(66 * pinned.issues.length * (pinned.dates.length + 1));
    expect(judged).toEqual(pinned.classes);
  }, 120_000);
});
