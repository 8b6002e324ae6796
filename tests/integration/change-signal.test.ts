// The change signal each Parley process listens to (lib/cache/change-signal.ts), on the
// engine DATABASE_URL names: committed writes to records are reported, writes to accounts
// and rolled-back writes are not.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchChanges, type ChangeSignal } from "@/lib/cache/change-signal";
import { db } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/engine";

let signal: ChangeSignal;
let changes = 0;
const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  signal = await watchChanges(databaseUrl(), () => (changes += 1), { pollMs: 20 });
  await quietFor(100);
  changes = 0; // PostgreSQL reports one change on connecting, as it cannot know what it missed
});
afterEach(() => signal.close());
afterAll(() => db.$disconnect());

describe("the change signal", () => {
  it("reports a committed write to a record, made through another connection", async () => {
    const party = await db.party.findFirstOrThrow();
    await db.party.update({ where: { id: party.id }, data: { name: party.name } });
    await vi.waitFor(() => expect(changes).toBeGreaterThan(0), { timeout: 2_000, interval: 20 });
  });

  it("reports deletes and inserts too", async () => {
    const source = await db.source.create({ data: { outlet: "Signal test", title: "Signal test", url: "https://example.org/signal" } });
    await vi.waitFor(() => expect(changes).toBeGreaterThan(0), { timeout: 2_000, interval: 20 });
    changes = 0;
    await db.source.delete({ where: { id: source.id } });
    await vi.waitFor(() => expect(changes).toBeGreaterThan(0), { timeout: 2_000, interval: 20 });
  });

  it("stays quiet for sign-in attempts, which readers never see", async () => {
    await db.loginAttempt.create({ data: { email: "signal@example.org", ip: "192.0.2.1" } });
    await quietFor(300);
    expect(changes).toBe(0);
    await db.loginAttempt.deleteMany({ where: { email: "signal@example.org" } });
  });

  it("stays quiet for a write that was rolled back", async () => {
    const party = await db.party.findFirstOrThrow();
    await expect(
      db.$transaction(async (tx) => {
        await tx.party.update({ where: { id: party.id }, data: { name: `${party.name} (rolled back)` } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await quietFor(300);
    expect(changes).toBe(0);
  });
});
