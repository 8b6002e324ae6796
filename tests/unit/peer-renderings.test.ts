// Instances that ask each other for renderings (PARLEY_PEERS): real servers on loopback
// (tests/support/peer-instances.ts) rendering a page from a stand-in "database" (a version
// number). Changes are told to each instance's cache by hand, as its change signal would;
// tests/integration/peer-renderings.test.ts has them told by PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { EVERYTHING } from "@/lib/cache/change-scope";
import { parseEnv } from "@/lib/config/env";
import { peersInUse } from "@/lib/cache/peer-renderings";
import { ownerOf, PEER_SECRET as SECRET, readPage, readUntil, startPeerInstances, type PeerInstance } from "../support/peer-instances";

const PAGE = "/negotiations/ruritania";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let database = { version: 1 };
let running: PeerInstance[] = [];
const read = (instance: PeerInstance, headers?: Record<string, string>) => readPage(instance, PAGE, headers);

/** The page's owner and the other instance, both having rendered the page once. */
async function ownerAndOther() {
  running = await startPeerInstances(2, () => `version ${database.version}`);
  const { owner, others: [other] } = ownerOf(PAGE, running);
  for (const instance of running) expect((await read(instance)).text).toBe("version 1");
  owner.renderings = other!.renderings = 0;
  return { owner, other: other! };
}

function change(told: PeerInstance[], transaction?: string) {
  database = { version: database.version + 1 };
  for (const instance of told) instance.cache.invalidate(EVERYTHING, transaction);
}

afterEach(async () => {
  await Promise.all(running.map((instance) => instance.stop()));
  running = [];
  database = { version: 1 };
});

describe("instances asking each other for renderings", () => {
  it("render a page a change made stale once between them, on the page's owner", async () => {
    const { owner, other } = await ownerAndOther();
    change([owner, other], "701");
    expect((await read(other)).text).toBe("version 1"); // stale, at once
    await readUntil(other, PAGE, "version 2");
    await readUntil(owner, PAGE, "version 2");
    expect([owner.renderings, other.renderings]).toEqual([1, 0]);
  });

  it("are answered by an owner only once it knows of every change the asker does", async () => {
    const { owner, other } = await ownerAndOther();
    change([other], "702");
    expect((await read(other)).text).toBe("version 1");
    // The owner is told a moment later, as its own change signal would tell it; until then
    // its entry is still fresh to it, and it must not give it.
    await sleep(100);
    owner.cache.invalidate(EVERYTHING, "702");
    await readUntil(other, PAGE, "version 2");
    expect([owner.renderings, other.renderings]).toEqual([1, 0]);
  });

  it("render the page themselves when its owner does not answer", async () => {
    const { owner, other } = await ownerAndOther();
    await owner.stop();
    change([other], "703");
    await readUntil(other, PAGE, "version 2");
    expect(other.renderings).toBe(1);
  });

  it("render the page themselves after a change that came without a transaction's id", async () => {
    const { owner, other } = await ownerAndOther();
    change([owner, other]);
    await readUntil(other, PAGE, "version 2");
    await readUntil(owner, PAGE, "version 2");
    expect([owner.renderings, other.renderings]).toEqual([1, 1]);
  });

  it("answer with a stored rendering only a request that carries the deployment's secret", async () => {
    const { owner } = await ownerAndOther();
    expect(await read(owner, { "x-parley-peer-fill": "a guess", "x-parley-peer-after": "" })).toEqual({ text: "version 1", type: "text/html" });
    const asked = await read(owner, { "x-parley-peer-fill": SECRET, "x-parley-peer-after": "" });
    expect(asked.type).toBe("application/octet-stream");
    expect(asked.text).toContain("version 1");
  });
});

describe("the settings of instances that ask each other", () => {
  const three = "http://10.0.0.1:3000, http://10.0.0.2:3000,http://10.0.0.3:3000";

  it("list every instance, name this one among them, and share a secret", () => {
    const settings = parseEnv({ PARLEY_PEERS: three, PARLEY_PEER_SELF: "http://10.0.0.2:3000/", PARLEY_PEER_SECRET: SECRET });
    expect(settings.PARLEY_PEERS).toEqual(["http://10.0.0.1:3000", "http://10.0.0.2:3000", "http://10.0.0.3:3000"]);
    expect(settings.PARLEY_PEER_SELF).toBe("http://10.0.0.2:3000");
    expect(parseEnv({}).PARLEY_PEERS).toBeUndefined();
  });

  it("are refused, each with what to do, when one is missing or wrong", () => {
    expect(() => parseEnv({ PARLEY_PEERS: three })).toThrow(/PARLEY_PEER_SELF: set it too.*PARLEY_PEER_SECRET: set it too/s);
    expect(() => parseEnv({ PARLEY_PEERS: three, PARLEY_PEER_SELF: "http://10.0.0.9:3000", PARLEY_PEER_SECRET: SECRET })).toThrow(
      /PARLEY_PEER_SELF: "http:\/\/10.0.0.9:3000" is not among PARLEY_PEERS/,
    );
    expect(() => parseEnv({ PARLEY_PEERS: "http://10.0.0.1:3000/parley,http://10.0.0.2:3000", PARLEY_PEER_SELF: "http://10.0.0.2:3000", PARLEY_PEER_SECRET: SECRET })).toThrow(
      /PARLEY_PEERS: "http:\/\/10.0.0.1:3000\/parley" is not an instance's address/,
    );
    expect(() => parseEnv({ PARLEY_PEERS: "http://10.0.0.1:3000", PARLEY_PEER_SELF: "http://10.0.0.1:3000", PARLEY_PEER_SECRET: SECRET })).toThrow(/PARLEY_PEERS: list every instance/);
    expect(() => parseEnv({ PARLEY_PEERS: three, PARLEY_PEER_SELF: "http://10.0.0.1:3000", PARLEY_PEER_SECRET: "short" })).toThrow(/PARLEY_PEER_SECRET: use at least 32/);
  });

  it("are used on PostgreSQL with the cache and its stale window, and otherwise said to be unused", () => {
    const peers = { PARLEY_PEERS: three, PARLEY_PEER_SELF: "http://10.0.0.1:3000", PARLEY_PEER_SECRET: SECRET };
    expect(peersInUse(parseEnv({ ...peers, PARLEY_CACHE_STALE_MS: "400" }), "postgres")).toEqual({
      use: { peers: ["http://10.0.0.1:3000", "http://10.0.0.2:3000", "http://10.0.0.3:3000"], self: "http://10.0.0.1:3000", secret: SECRET },
    });
    expect(peersInUse(parseEnv({ ...peers, PARLEY_CACHE_STALE_MS: "400" }), "sqlite")).toEqual({ unused: expect.stringMatching(/^on SQLite/) });
    expect(peersInUse(parseEnv(peers), "postgres")).toEqual({ unused: expect.stringContaining("PARLEY_CACHE_STALE_MS is 0") });
    expect(peersInUse(parseEnv({ ...peers, PARLEY_CACHE: "off", PARLEY_CACHE_STALE_MS: "400" }), "postgres")).toEqual({ unused: expect.stringContaining("PARLEY_CACHE") });
    expect(peersInUse(parseEnv({}), "postgres")).toBeNull();
  });
});
