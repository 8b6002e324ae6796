// Shared renderings (lib/cache/shared-renderings.ts): after a change, one instance renders a
// page it made stale and the other instances take that rendering, but never one begun before
// a change they know of. Two response caches, each with its own change signal and its own
// connections, on one PostgreSQL database of this file's own (so that no other file's writes
// make extra changes), stand for two instances.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import pg from "pg";

const own = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("shared_renderings"));

import { watchChanges, type ChangeSignal } from "@/lib/cache/change-signal";
import { ResponseCache } from "@/lib/cache/response-cache";
import { shareRenderings, type SharedRenderings } from "@/lib/cache/shared-renderings";
import { storeResponse } from "@/lib/cache/stored-response";
import { db } from "@/lib/db/client";
import { databaseUrl, engineFor } from "@/lib/db/engine";
import { newSource } from "../support/editing";

const onPostgres = engineFor(databaseUrl()) === "postgres";

type Instance = { name: string; cache: ResponseCache; shared: SharedRenderings; signal: ChangeSignal; changes: number; renders: number };
let instances: Instance[] = [];

// A stale window far longer than any test, so that readers always get the stale answer at
// once and the test decides when to look at the fresh one.
async function startInstance(name: string): Promise<Instance> {
  const shared = shareRenderings(databaseUrl(), { maxAgeMs: 12_000 });
  const cache = new ResponseCache({ staleMs: 60_000, shared });
  const instance = { name, cache, shared, changes: 0, renders: 0 } as Instance;
  instance.signal = await watchChanges(databaseUrl(), (scope, transaction) => {
    cache.invalidate(scope, transaction);
    instance.changes += 1;
  });
  return instance;
}

/** A page whose body names the instance that rendered it and the how-manieth rendering it was. */
function page(instance: Instance, gate?: Promise<void>) {
  return async () => {
    instance.renders += 1;
    const body = `${instance.name} rendering ${instance.renders}`;
    await gate;
    return { response: storeResponse(200, { "content-type": "text/html" }, Buffer.from(body)), store: true };
  };
}

const read = async (instance: Instance, key: string, gate?: Promise<void>) => {
  const { response, stale } = await instance.cache.get(key, page(instance, gate));
  return { body: response.body.toString(), stale: stale ?? false };
};

/** The fresh answer at `key`, once the rendering a stale read started has come in. */
async function freshAnswer(instance: Instance, key: string): Promise<string> {
  let answer = await read(instance, key);
  await vi.waitFor(async () => {
    answer = await read(instance, key);
    expect(answer.stale).toBe(false);
  }, { timeout: 5_000, interval: 20 });
  return answer.body;
}

/**
 * Commits a write to the records and waits until every instance has been told of it.
 * "announced": through the domain, whose notification names its transaction; "unannounced":
 * as a script would write, whose notification names nothing.
 */
async function change(kind: "announced" | "unannounced" = "announced") {
  const before = instances.map((instance) => instance.changes);
  if (kind === "announced") await newSource();
  else await db.source.create({ data: { outlet: "Shared renderings test", title: "A change", url: "https://example.org/change" } });
  await vi.waitFor(() => instances.forEach((instance, i) => expect(instance.changes).toBeGreaterThan(before[i]!)), { timeout: 2_000, interval: 10 });
}

let keyNumber = 0;
const newKey = () => `/shared-renderings-test/${process.pid}/${(keyNumber += 1)}`;

describe.skipIf(!onPostgres)("renderings shared through PostgreSQL", () => {
  beforeEach(async () => {
    instances = [await startInstance("A"), await startInstance("B")];
    // Each is told of one change on connecting, as it cannot know what it missed.
    await vi.waitFor(() => instances.forEach((instance) => expect(instance.changes).toBeGreaterThan(0)), { timeout: 2_000 });
  });
  afterEach(async () => {
    await Promise.all(instances.flatMap(({ signal, shared }) => [signal.close(), shared.close()]));
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });

  it("render a page a change made stale once for both instances", async () => {
    const [a, b] = instances as [Instance, Instance];
    const key = newKey();
    // The first rendering of an address is each instance's own.
    await read(a, key);
    await read(b, key);
    expect([a.renders, b.renders]).toEqual([1, 1]);

    await change();
    // Both give the stale answer and start a rendering: one renders, the other takes it.
    expect((await read(a, key)).stale).toBe(true);
    expect((await read(b, key)).stale).toBe(true);
    const [freshA, freshB] = [await freshAnswer(a, key), await freshAnswer(b, key)];
    expect(freshA).toBe(freshB);
    expect(a.renders + b.renders).toBe(3);
  });

  it.each(["announced", "unannounced"] as const)("never take a rendering begun before a change the instance knows of (%s)", async (kind) => {
    const [a, b] = instances as [Instance, Instance];
    const key = newKey();
    await read(a, key);
    await read(b, key);
    await change();

    // A claims the page and renders it from before the second change, slowly.
    let finishA!: () => void;
    const gate = new Promise<void>((resolve) => (finishA = resolve));
    expect((await read(a, key, gate)).stale).toBe(true);
    await vi.waitFor(() => expect(a.renders).toBe(2));
    await change(kind);

    // B knows of the second change; A's rendering, stored meanwhile, cannot show it, so B renders.
    expect((await read(b, key)).stale).toBe(true);
    finishA();
    expect(await freshAnswer(b, key)).toBe("B rendering 2");
    // A's own rendering is not kept either, as the change came while it ran; A then takes B's.
    expect(await freshAnswer(a, key)).toBe("B rendering 2");
    expect(a.renders).toBe(2);
  });

  it("take over the claim of an instance that died while rendering, once its lease runs out", async () => {
    const [, b] = instances as [Instance, Instance];
    const key = newKey();
    await read(b, key);
    await change();
    // An instance claimed the page and was killed before it stored its rendering.
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    await client.query(
      `INSERT INTO "parley_cache"."Rendering" ("key", "claim", "snapshot", "claimedAt", "leaseUntil")
       VALUES ($1, 'killed', pg_current_snapshot(), now(), now() + interval '1 second')`,
      [key],
    );
    await client.end();

    expect((await read(b, key)).stale).toBe(true);
    expect(await freshAnswer(b, key)).toBe("B rendering 2");
  });

  it("leave no connection behind when closed while their listening connection is being replaced", async () => {
    const name = `shared_renderings_close_${process.pid}`;
    const url = new URL(databaseUrl());
    url.searchParams.set("application_name", name);
    const sharing = shareRenderings(url.toString(), { maxAgeMs: 12_000 });
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    // The listening connection: the pool's own end with close() whatever happens.
    const listening = `FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %'`;
    const connections = async () => (await client.query<{ pid: number }>(`SELECT pid ${listening}`, [name])).rows;
    try {
      // Its listening connection is up; it drops, and a replacement is due half a second later.
      await vi.waitFor(async () => expect(await connections()).toHaveLength(1), { timeout: 2_000, interval: 20 });
      await client.query(`SELECT pg_terminate_backend(pid) ${listening}`, [name]);
      await vi.waitFor(async () => expect(await connections()).toHaveLength(0), { timeout: 2_000, interval: 20 });
      // Closed once it has seen the drop (at once, on this machine) and before the replacement.
      await new Promise((resolve) => setTimeout(resolve, 150));
      await sharing.close();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await connections()).toHaveLength(0);
    } finally {
      await client.end();
    }
  });

  it("render for themselves when the database cannot share", async () => {
    const unreachable = shareRenderings("postgres://parley:parley@127.0.0.1:1/none", { maxAgeMs: 12_000 });
    const instance = { name: "C", renders: 0 } as Instance;
    const answer = await unreachable.fill(newKey(), page(instance));
    expect(answer.response.body.toString()).toBe("C rendering 1");
    await unreachable.close();
  });
});
