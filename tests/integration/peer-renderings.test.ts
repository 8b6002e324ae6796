// Instances that ask each other for renderings (lib/cache/peer-renderings.ts), told of changes
// by PostgreSQL as in production: each instance's cache hears of a write committed through
// the domain from its own change signal, with the transaction's id that the owner of a page
// must have heard of too before it answers. The page is rendered from the database. On a
// database of this file's own, so that no other file's writes make extra changes.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const own = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("peer_renderings"));

import { watchChanges, type ChangeSignal } from "@/lib/cache/change-signal";
import { db } from "@/lib/db/client";
import { databaseUrl, engineFor } from "@/lib/db/engine";
import { newSource } from "../support/editing";
import { ownerOf, readPage, readUntil, startPeerInstances, type PeerInstance } from "../support/peer-instances";

const onPostgres = engineFor(databaseUrl()) === "postgres";
const PAGE = "/sources";
const render = async () => `${await db.source.count()} sources`;

describe.skipIf(!onPostgres)("instances asking each other for renderings, told of changes by PostgreSQL", () => {
  let instances: PeerInstance[] = [];
  let signals: ChangeSignal[] = [];
  const told: number[] = [];

  beforeAll(async () => {
    instances = await startPeerInstances(2, render);
    signals = await Promise.all(
      instances.map((instance, i) =>
        watchChanges(databaseUrl(), (scope, transaction) => {
          instance.cache.invalidate(scope, transaction);
          told[i] = (told[i] ?? 0) + 1;
        }),
      ),
    );
    // Each signal tells of "everything" without an id on connecting, as it cannot know what
    // it missed; after such a change an instance renders every page itself for 5 s.
    await new Promise((resolve) => setTimeout(resolve, 5_100));
  }, 15_000);

  afterAll(async () => {
    await Promise.all([...signals.map((signal) => signal.close()), ...instances.map((instance) => instance.stop())]);
    await db.$disconnect();
    await own.drop();
  });

  it("render a page a save made stale once, on its owner, both told of the save with its transaction's id", async () => {
    const { owner, others } = ownerOf(PAGE, instances);
    const before = await render();
    for (const instance of instances) expect((await readPage(instance, PAGE)).text).toBe(before);
    for (const instance of instances) instance.renderings = 0;

    const toldBefore = [...told];
    await newSource();
    const after = await render();
    expect(after).not.toBe(before);
    await vi.waitFor(() => instances.forEach((_, i) => expect(told[i]).toBeGreaterThan(toldBefore[i]!)), { timeout: 2_000, interval: 10 });

    for (const other of others) await readUntil(other, PAGE, after);
    await readUntil(owner, PAGE, after);
    expect([owner.renderings, ...others.map((other) => other.renderings)]).toEqual([1, 0]);
  });
});
