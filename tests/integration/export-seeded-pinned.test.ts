// Regression guard for the exports: on a database seeded afresh from the bundled data, the
// full archive (GET /api/v1/export.json?scope=archive) must give for Russia–Ukraine the file
// it gave before record kinds were registered in one place and before exports were streamed
// (tests/fixtures/russia-ukraine-export.json), once generated ids and moments are normalised
// (tests/support/normalise-export.ts) and the negotiation's part is taken
// (tests/support/negotiation-part.ts): seeding Gaza after it changes none of it. The seeded
// data has nothing retracted and no account behind its changes, so the reader export of it
// is that same file under its own format name, its revisions without `actorId`. The
// database is this file's own (tests/support/own-database.ts). To pin a deliberate change of
// the format, run tests/support/print-seeded-export.ts against a freshly seeded database and
// commit its output as the fixture.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { negotiationPart } from "../support/negotiation-part";
import { seededExport } from "../support/seeded-export";

const pinned = JSON.parse(readFileSync("tests/fixtures/russia-ukraine-export.json", "utf8")) as Record<string, unknown>;

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("export_pin", "seeded"));
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const exportNow = (scope: "archive" | "reader" = "archive") => seededExport(scope, { raw: false });

describe("the export of the seeded record", () => {
  let whole: Record<string, unknown>;
  beforeAll(async () => {
    whole = await exportNow();
  }, 120_000);

  it("is unchanged for Russia–Ukraine, record for record and revision for revision", () => {
    const now = negotiationPart(whole as never, "russia-ukraine");
    // A kind added since has a section of its own, which the seeded data leaves empty.
    const added = Object.keys(now).filter((key) => !(key in pinned));
    for (const key of added) expect(now[key], `${key}, a section added since the pin`).toEqual([]);
    expect(Object.keys(now).filter((key) => key in pinned)).toEqual(Object.keys(pinned));
    for (const key of Object.keys(pinned)) expect(now[key], key).toEqual(pinned[key]);
  });

  it("holds Gaza beside it, and nothing that belongs to neither", () => {
    const gaza = negotiationPart(whole as never, "israel-hamas-gaza");
    const count = (file: Record<string, unknown>, section: string) => (file[section] as unknown[]).length;
    expect(Object.fromEntries(["negotiationParties", "parties", "issues", "areas", "events", "positions", "commitments"].map((s) => [s, count(gaza, s)]))).toEqual({
      negotiationParties: 11,
      parties: 11,
      issues: 12,
      areas: 13,
      events: 21,
      positions: 197,
      // Three promises recorded twice by the reference data are one each (one-commitment-per-promise.test.ts).
      commitments: 23,
    });
    const ids = (file: Record<string, unknown>, section: string) => (file[section] as { id: string }[]).map((r) => r.id);
    const russiaUkraine = negotiationPart(whole as never, "russia-ukraine");
    for (const section of ["parties", "sources", "positions", "events", "commitments", "areas", "issues", "plans", "planPoints"]) {
      const inParts = new Set([...ids(russiaUkraine, section), ...ids(gaza, section)]);
      expect(ids(whole, section).filter((id) => !inParts.has(id)), section).toEqual([]);
    }
    const shared = ids(gaza, "parties").filter((id) => ids(russiaUkraine, "parties").includes(id));
    expect(shared.sort()).toEqual(["party:european-union", "party:turkey", "party:united-states"]);
    expect(count(whole, "revisions")).toBe(count(russiaUkraine, "revisions") + count(gaza, "revisions") - shared.length);
  });

  it("is, for readers, the same records and history without account ids", async () => {
    const reader = negotiationPart((await exportNow("reader")) as never, "russia-ukraine");
    expect(reader.format).toBe("parley-reader-export");
    const revisions = (pinned.revisions as Record<string, unknown>[]).map(({ actorId, ...revision }) => {
      expect(actorId, "the seed's changes have no account behind them").toBeNull();
      return revision;
    });
    expect(reader.revisions).toEqual(revisions);
    for (const key of Object.keys(pinned).filter((k) => !["format", "revisions"].includes(k))) expect(reader[key], key).toEqual(pinned[key]);
  }, 120_000);
});
