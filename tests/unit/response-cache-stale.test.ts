// The response cache with a stale window (PARLEY_CACHE_STALE_MS): a change marks what it
// overlaps stale; within the window readers get the stale answer at once while one fresh
// rendering runs, after it they wait for the fresh one; nothing rendered before a change is kept.
import { describe, expect, it } from "vitest";
import { scopeOf } from "@/lib/cache/change-scope";
import { ResponseCache } from "@/lib/cache/response-cache";
import { storeResponse } from "@/lib/cache/stored-response";
import { parseEnv } from "@/lib/config/env";

const stored = (text: string) => storeResponse(200, { "content-type": "text/html" }, Buffer.from(text));
const body = (lookup: { response: { body: Buffer } }) => lookup.response.body.toString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ruritania = scopeOf({ negotiations: ["ruritania"] });
const elbonia = scopeOf({ negotiations: ["elbonia"] });

/** A rendering that waits for `release()` and counts how often it ran. */
function gatedRendering(text: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const rendering = {
    runs: 0,
    release: () => release(),
    fill: async () => {
      rendering.runs += 1;
      await gate;
      return { response: stored(text), store: true };
    },
  };
  return rendering;
}

async function cacheWith(key: string, text: string, staleMs: number, dependencies = ruritania) {
  const cache = new ResponseCache({ staleMs });
  await cache.get(key, async () => ({ response: stored(text), store: true }), async () => dependencies);
  return cache;
}

describe("the response cache with a stale window", () => {
  it("answers a burst of readers at once with the stale answer after a change, renders the fresh one once, then serves it", async () => {
    const cache = await cacheWith("page", "before", 5_000);
    cache.invalidate(ruritania);
    const fresh = gatedRendering("after");
    const burst = await Promise.all(Array.from({ length: 10 }, () => cache.get("page", fresh.fill, async () => ruritania)));
    expect(burst.every((lookup) => lookup.stale === true && lookup.hit && body(lookup) === "before")).toBe(true);
    expect(fresh.runs).toBe(1);
    fresh.release();
    await sleep(0);
    const next = await cache.get("page", fresh.fill, async () => ruritania);
    expect(next).toMatchObject({ hit: true });
    expect(next.stale).toBeUndefined();
    expect(body(next)).toBe("after");
    expect(fresh.runs).toBe(1);
  });

  it("makes readers wait for the fresh answer once the window has passed", async () => {
    const cache = await cacheWith("page", "before", 20);
    cache.invalidate(ruritania);
    await sleep(40);
    const lookup = await cache.get("page", async () => ({ response: stored("after"), store: true }), async () => ruritania);
    expect(lookup).toMatchObject({ hit: false });
    expect(body(lookup)).toBe("after");
  });

  it("counts the window from the first change not yet rendered, however many follow", async () => {
    const cache = await cacheWith("page", "before", 50);
    cache.invalidate(ruritania);
    await sleep(30);
    cache.invalidate(ruritania);
    await sleep(30);
    const lookup = await cache.get("page", async () => ({ response: stored("after"), store: true }), async () => ruritania);
    expect(body(lookup)).toBe("after");
  });

  it("leaves fresh what a change does not overlap", async () => {
    const cache = await cacheWith("elbonia page", "elbonia", 5_000, elbonia);
    cache.invalidate(ruritania);
    const lookup = await cache.get("elbonia page", async () => ({ response: stored("rendered again"), store: true }), async () => elbonia);
    expect(lookup).toMatchObject({ hit: true });
    expect(lookup.stale).toBeUndefined();
    expect(body(lookup)).toBe("elbonia");
  });

  it("keeps no rendering that began before a later change, so the next reader starts another", async () => {
    const cache = await cacheWith("page", "first", 5_000);
    cache.invalidate(ruritania);
    const second = gatedRendering("second");
    expect(body(await cache.get("page", second.fill, async () => ruritania))).toBe("first");
    cache.invalidate(ruritania);
    second.release();
    await sleep(0);
    const third = gatedRendering("third");
    const lookup = await cache.get("page", third.fill, async () => ruritania);
    expect(lookup.stale).toBe(true);
    expect(body(lookup)).toBe("first");
    expect(third.runs).toBe(1);
    third.release();
    await sleep(0);
    expect(body(await cache.get("page", third.fill, async () => ruritania))).toBe("third");
  });

  it("stops serving a stale answer whose fresh rendering may not be kept (a page now gone)", async () => {
    const cache = await cacheWith("page", "before", 5_000);
    cache.invalidate(ruritania);
    const gone = async () => ({ response: storeResponse(404, { "content-type": "text/html" }, Buffer.from("not found")), store: false });
    expect((await cache.get("page", gone, async () => ruritania)).stale).toBe(true);
    await sleep(0);
    const lookup = await cache.get("page", gone, async () => ruritania);
    expect(lookup).toMatchObject({ hit: false });
    expect(body(lookup)).toBe("not found");
  });

  it("marks everything stale for a change that does not say what it touched", async () => {
    const cache = await cacheWith("page", "before", 5_000);
    cache.invalidate();
    expect((await cache.get("page", gatedRendering("after").fill, async () => ruritania)).stale).toBe(true);
  });

  it("holds hits up while it renders again an answer a change made stale, and only then", async () => {
    const cache = await cacheWith("page", "before", 5_000);
    expect(cache.turn()).toBeUndefined();
    // A first rendering (a crawler's address) holds no hit up.
    const first = gatedRendering("another page");
    const firstLookup = cache.get("another", first.fill, async () => elbonia);
    await sleep(0);
    expect(cache.turn()).toBeUndefined();
    first.release();
    await firstLookup;

    cache.invalidate(ruritania);
    const fresh = gatedRendering("after");
    await cache.get("page", fresh.fill, async () => ruritania); // stale, and the rendering starts
    const hit = cache.turn();
    expect(hit).toBeInstanceOf(Promise);
    fresh.release();
    await hit;
    expect(cache.turn()).toBeUndefined();
  });

  it("is off unless set, and at most 800 ms so that every change shows within a second", () => {
    expect(parseEnv({}).PARLEY_CACHE_STALE_MS).toBe(0);
    expect(parseEnv({ PARLEY_CACHE_STALE_MS: "500" }).PARLEY_CACHE_STALE_MS).toBe(500);
    expect(() => parseEnv({ PARLEY_CACHE_STALE_MS: "900" })).toThrow(/PARLEY_CACHE_STALE_MS.*at most 800/s);
    expect(() => parseEnv({ PARLEY_CACHE_STALE_MS: "soon" })).toThrow(/PARLEY_CACHE_STALE_MS/);
  });
});
