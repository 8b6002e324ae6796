// Instances that ask each other for renderings (PARLEY_PEERS): real servers on loopback, each
// with the server's edge and response cache as server.ts runs them, and a stand-in for
// Next.js that renders the page from a shared "database" (a version number) and counts its
// renderings. Changes are told to each instance's cache as its change signal would.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { BlockList, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cachedHandler } from "@/lib/cache/cached-handler";
import { EVERYTHING } from "@/lib/cache/change-scope";
import { pageOwner, peerRenderings, type PeerRenderings } from "@/lib/cache/peer-renderings";
import { ResponseCache } from "@/lib/cache/response-cache";
import { parseEnv } from "@/lib/config/env";

const SECRET = "a-secret-shared-by-every-instance-of-the-test";
const PAGE = "/negotiations/ruritania";
const KEY = `http://localhost ${PAGE}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let database = { version: 1 };
const running: Instance[] = [];

type Instance = { url: string; server: http.Server; cache: ResponseCache; peers: PeerRenderings; renderings: number; stop(): Promise<void> };

/** Instances that know each other, each rendering "version N" of whatever it is asked for. */
async function instances(count: number): Promise<Instance[]> {
  const started = await Promise.all(
    Array.from({ length: count }, async () => {
      let handler: (request: IncomingMessage, response: ServerResponse) => void = () => undefined;
      const server = http.createServer((request, response) => handler(request, response));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return { server, url, setHandler: (next: typeof handler) => (handler = next) };
    }),
  );
  const addresses = started.map(({ url }) => url);
  return started.map(({ server, url, setHandler }) => {
    const peers = peerRenderings({ peers: addresses, self: url, secret: SECRET });
    const cache = new ResponseCache({ staleMs: 5_000, shared: peers });
    const instance: Instance = {
      url,
      server,
      cache,
      peers,
      renderings: 0,
      stop: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
    };
    const handle = (_request: IncomingMessage, response: ServerResponse) => {
      instance.renderings += 1;
      response.setHeader("content-type", "text/html");
      response.end(`version ${database.version}`);
    };
    const handler = cachedHandler({ handle, cache, signal: null, address: () => server.address() as AddressInfo, trustedProxies: new BlockList(), peers });
    setHandler((request, response) => void handler(request, response));
    running.push(instance);
    return instance;
  });
}

/** A reader's request, for the deployment's public host. */
function read(instance: Instance, headers: Record<string, string> = {}): Promise<{ text: string; type: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(PAGE, instance.url), { headers: { host: "localhost", ...headers } }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => resolve({ text: Buffer.concat(chunks).toString(), type: String(answer.headers["content-type"]) }));
      })
      .on("error", reject);
  });
}

/** Reads until the instance answers `text` (its stale answer first, while it takes the fresh one). */
async function readUntil(instance: Instance, text: string) {
  for (const started = Date.now(); Date.now() - started < 3_000; await sleep(20)) {
    if ((await read(instance)).text === text) return;
  }
  throw new Error(`${instance.url} never answered "${text}"`);
}

/** The page's owner and the other instance, both having rendered the page once. */
async function ownerAndOther() {
  const both = await instances(2);
  const ownerUrl = pageOwner(KEY, both.map(({ url }) => url));
  const owner = both.find(({ url }) => url === ownerUrl)!;
  const other = both.find(({ url }) => url !== ownerUrl)!;
  for (const instance of both) expect((await read(instance)).text).toBe("version 1");
  owner.renderings = other.renderings = 0;
  return { owner, other };
}

function change(told: Instance[], transaction?: string) {
  database = { version: database.version + 1 };
  for (const instance of told) instance.cache.invalidate(EVERYTHING, transaction);
}

afterEach(async () => {
  await Promise.all(running.splice(0).map(async (instance) => (await instance.stop(), await instance.peers.close())));
  database = { version: 1 };
});

describe("instances asking each other for renderings", () => {
  it("render a page a change made stale once between them, on the page's owner", async () => {
    const { owner, other } = await ownerAndOther();
    change([owner, other], "701");
    expect((await read(other)).text).toBe("version 1"); // stale, at once
    await readUntil(other, "version 2");
    await readUntil(owner, "version 2");
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
    await readUntil(other, "version 2");
    expect([owner.renderings, other.renderings]).toEqual([1, 0]);
  });

  it("render the page themselves when its owner does not answer", async () => {
    const { owner, other } = await ownerAndOther();
    await owner.stop();
    change([other], "703");
    await readUntil(other, "version 2");
    expect(other.renderings).toBe(1);
  });

  it("render the page themselves after a change that came without a transaction's id", async () => {
    const { owner, other } = await ownerAndOther();
    change([owner, other]);
    await readUntil(other, "version 2");
    await readUntil(owner, "version 2");
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
});
