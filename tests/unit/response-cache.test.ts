// The response cache's own rules: what it may answer and keep, generations, compression.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheTarget, headersNaming, isCacheableRequest, isStorableResponse, MAX_URL_LENGTH, targetOfKey } from "@/lib/cache/cacheable";
import { EVERYTHING, scopeOf, type Scope } from "@/lib/cache/change-scope";
import { ResponseCache } from "@/lib/cache/response-cache";
import { chooseEncoding, storeResponse, withFreshNonce } from "@/lib/cache/stored-response";

const stored = (text: string) => storeResponse(200, { "content-type": "text/html" }, Buffer.from(text));

describe("which requests the cache answers", () => {
  const reader = { method: "GET", url: "/negotiations/ruritania-talks", headers: { host: "parley.test" } };

  it("answers an anonymous reader's GET and HEAD", () => {
    expect(isCacheableRequest(reader)).toBe(true);
    expect(isCacheableRequest({ ...reader, method: "HEAD" })).toBe(true);
  });

  it("leaves writes, sessions, tokens and router requests to Next.js", () => {
    expect(isCacheableRequest({ ...reader, method: "POST" })).toBe(false);
    expect(isCacheableRequest({ ...reader, headers: { cookie: "theme=dark; parley_session=abc" } })).toBe(false);
    expect(isCacheableRequest({ ...reader, headers: { cookie: "__Host-parley_session=abc" } })).toBe(false);
    expect(isCacheableRequest({ ...reader, headers: { authorization: "Bearer x" } })).toBe(false);
    expect(isCacheableRequest({ ...reader, headers: { rsc: "1" } })).toBe(false);
    expect(isCacheableRequest({ ...reader, url: "/negotiations/ruritania-talks?_rsc=abc" })).toBe(false);
    expect(isCacheableRequest({ ...reader, url: "/api/v1/export.json" })).toBe(false);
    expect(isCacheableRequest({ ...reader, url: "/_next/static/chunks/a.js" })).toBe(false);
  });

  it("answers only origin-form targets of a bounded length", () => {
    expect(isCacheableRequest({ ...reader, url: "http://evil.example/negotiations/ruritania-talks" })).toBe(false);
    expect(isCacheableRequest({ ...reader, url: "//evil.example/negotiations" })).toBe(false);
    expect(isCacheableRequest({ ...reader, url: `/search?q=${"a".repeat(MAX_URL_LENGTH)}` })).toBe(false);
  });

  it("keeps only complete answers that set no cookie and vary on nothing it does not key on", () => {
    expect(isStorableResponse(200, {}, 10)).toBe(true);
    expect(isStorableResponse(200, { vary: "RSC, Next-Router-State-Tree, Accept-Encoding" }, 10)).toBe(true);
    expect(isStorableResponse(200, { vary: "Accept" }, 10)).toBe(false);
    expect(isStorableResponse(200, { vary: "*" }, 10)).toBe(false);
    expect(isStorableResponse(404, {}, 10)).toBe(false);
    expect(isStorableResponse(307, {}, 10)).toBe(false);
    expect(isStorableResponse(200, { "set-cookie": ["a=b"] }, 10)).toBe(false);
    expect(isStorableResponse(200, {}, 50 * 1024 * 1024)).toBe(false);
  });

  it("keys by the public origin and the URL, since pages carry absolute links", () => {
    expect(cacheTarget(reader)?.key).toBe("http://parley.test /negotiations/ruritania-talks");
    expect(cacheTarget({ ...reader, headers: { host: "parley.test", "x-forwarded-proto": "https, http" } })?.key).toBe(
      "https://parley.test /negotiations/ruritania-talks",
    );
  });

  it("gives back from a key the origin and path it was made of, and the headers naming that origin", () => {
    for (const headers of [{ host: "parley.test:8080" }, { host: "parley.test", "x-forwarded-proto": "https" }]) {
      const target = cacheTarget({ ...reader, url: "/search?q=truce%20talks&page=2", headers })!;
      const { origin, path } = targetOfKey(target.key);
      expect(origin).toEqual(target.origin);
      expect(path).toBe("/search?q=truce%20talks&page=2");
      expect(cacheTarget({ ...reader, url: path, headers: headersNaming(origin) })?.key).toBe(target.key);
    }
  });

  it("has no key for a host that is not served, or one that smuggles a path", () => {
    const feed = { method: "GET", url: "/changes.atom" };
    expect(cacheTarget({ ...feed, headers: { host: "evil.example" } })).toBeNull();
    expect(
      cacheTarget({ ...feed, headers: { host: "evil.example", "x-forwarded-host": "parley.test/negotiations/ruritania-talks" } }),
    ).toBeNull();
    expect(cacheTarget({ ...feed, headers: { host: "parley.test", "x-forwarded-host": "parley.test/api/v1" } })).toBeNull();
    expect(cacheTarget({ ...feed, headers: { host: "parley.test:3000\r\nx: y" } })).toBeNull();
    expect(cacheTarget({ ...feed, headers: {} })).toBeNull();
  });
});

describe("the response cache", () => {
  it("renders once for a burst of readers, then answers from memory", async () => {
    const cache = new ResponseCache();
    let renders = 0;
    const fill = async () => {
      renders += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { response: stored("page"), store: true };
    };
    const burst = await Promise.all(Array.from({ length: 10 }, () => cache.get("k", fill)));
    expect(renders).toBe(1);
    expect(burst.every((lookup) => lookup.response.body.toString() === "page")).toBe(true);
    expect((await cache.get("k", fill)).hit).toBe(true);
  });

  it("never serves after a change what began rendering before it", async () => {
    const cache = new ResponseCache();
    let release!: () => void;
    const slow = cache.get("k", async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return { response: stored("before the change"), store: true };
    });
    cache.invalidate();
    release();
    expect((await slow).response.body.toString()).toBe("before the change");
    const next = await cache.get("k", async () => ({ response: stored("after the change"), store: true }));
    expect(next).toMatchObject({ hit: false });
    expect(next.response.body.toString()).toBe("after the change");
  });

  it("drops every entry on invalidate", async () => {
    const cache = new ResponseCache();
    await cache.get("a", async () => ({ response: stored("a"), store: true }));
    cache.invalidate();
    expect(cache.size).toBe(0);
    expect((await cache.get("a", async () => ({ response: stored("a2"), store: true }))).hit).toBe(false);
  });

  describe("a change that says what it touched", () => {
    const ruritania = scopeOf({ negotiations: ["ruritania"] });
    const elbonia = scopeOf({ negotiations: ["elbonia"] });
    const keep = (cache: ResponseCache, key: string, dependencies: Scope) =>
      cache.get(key, async () => ({ response: stored(key), store: true }), async () => dependencies);

    it("drops only the answers that depend on it, and those that depend on everything", async () => {
      const cache = new ResponseCache();
      await keep(cache, "ruritania page", ruritania);
      await keep(cache, "elbonia page", elbonia);
      await keep(cache, "elbonia position", scopeOf({ negotiations: ["elbonia"], records: ["position:p1"] }));
      await keep(cache, "home", EVERYTHING);
      cache.invalidate(scopeOf({ negotiations: ["ruritania"], records: ["position:p9"] }));
      expect((await keep(cache, "ruritania page", ruritania)).hit).toBe(false);
      expect((await keep(cache, "home", EVERYTHING)).hit).toBe(false);
      expect((await keep(cache, "elbonia page", elbonia)).hit).toBe(true);
      cache.invalidate(scopeOf({ records: ["position:p1"] }));
      expect((await keep(cache, "elbonia position", elbonia)).hit).toBe(false);
      expect((await keep(cache, "elbonia page", elbonia)).hit).toBe(true);
    });

    it("never keeps an answer whose rendering began before a change it depends on", async () => {
      const cache = new ResponseCache();
      const releases: Array<() => void> = [];
      const slow = (key: string, dependencies: Scope) =>
        cache.get(
          key,
          async () => {
            await new Promise<void>((resolve) => releases.push(resolve));
            return { response: stored(key), store: true };
          },
          async () => dependencies,
        );
      const pages = [slow("ruritania page", ruritania), slow("elbonia page", elbonia)];
      await new Promise((resolve) => setTimeout(resolve, 0));
      cache.invalidate(ruritania);
      releases.forEach((release) => release());
      await Promise.all(pages);
      expect((await keep(cache, "ruritania page", ruritania)).hit).toBe(false);
      expect((await keep(cache, "elbonia page", elbonia)).hit).toBe(true);
    });

    it("keeps nothing that began rendering before changes it no longer remembers", async () => {
      const cache = new ResponseCache();
      let release!: () => void;
      const slow = cache.get(
        "elbonia page",
        async () => {
          await new Promise<void>((resolve) => (release = resolve));
          return { response: stored("old"), store: true };
        },
        async () => elbonia,
      );
      for (let i = 0; i < 1_000; i += 1) cache.invalidate(ruritania);
      release();
      await slow;
      expect((await keep(cache, "elbonia page", elbonia)).hit).toBe(false);
    });
  });

  it("does not keep what must not be shared, but gives it to those waiting", async () => {
    const cache = new ResponseCache();
    const lookup = await cache.get("k", async () => ({ response: stored("not found"), store: false }));
    expect(lookup.response.body.toString()).toBe("not found");
    expect(cache.size).toBe(0);
  });

  describe("an entry's age", () => {
    // Only the clock the cache reads its entries' age from; the sweep's own timers run as usual.
    beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: 0 }));
    afterEach(() => vi.useRealTimers());

    it("has it rendered again once it is ttl old, since some pages depend on today's date, and readers get the old one meanwhile", async () => {
      const cache = new ResponseCache({ ttlMs: 60_000 });
      await cache.get("k", async () => ({ response: stored("old"), store: true }));
      let renderings = 0;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const fresh = async () => {
        renderings += 1;
        await gate;
        return { response: stored("new"), store: true };
      };
      vi.setSystemTime(47_000); // less than four fifths of ttl: no entry is due yet
      expect((await cache.get("k", fresh)).response.body.toString()).toBe("old");
      expect(renderings).toBe(0);
      vi.setSystemTime(60_000);
      const readers = await Promise.all(Array.from({ length: 5 }, () => cache.get("k", fresh)));
      expect(readers.every((lookup) => lookup.stale === true && lookup.response.body.toString() === "old")).toBe(true);
      expect(renderings).toBe(1);
      release();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const next = await cache.get("k", fresh);
      expect(next.stale).toBeUndefined();
      expect(next.response.body.toString()).toBe("new");
    });

    it("spreads the renderings of entries rendered together over the last fifth of ttl", async () => {
      const cache = new ResponseCache({ ttlMs: 60_000 });
      for (let i = 0; i < 40; i++) await cache.get(`k${i}`, async () => ({ response: stored("old"), store: true }));
      vi.setSystemTime(54_000);
      const lookups = await Promise.all(Array.from({ length: 40 }, (_, i) => cache.get(`k${i}`, async () => ({ response: stored("new"), store: true }))));
      const due = lookups.filter((lookup) => lookup.stale).length;
      // Each is due between 48 and 60 s, so about half by 54 s (none or all: a chance of 2^-39).
      expect(due).toBeGreaterThan(0);
      expect(due).toBeLessThan(40);
    });
  });

  it("forgets an entry nobody asked for in twice ttl", async () => {
    const cache = new ResponseCache({ ttlMs: 10 });
    await cache.get("k", async () => ({ response: stored("old"), store: true }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const lookup = await cache.get("k", async () => ({ response: stored("new"), store: true }));
    expect(lookup.hit).toBe(false);
    expect(lookup.response.body.toString()).toBe("new");
  });
});

describe("content encoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("br;q=0.0, gzip;q=0")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("*")).toBe("gzip");
  });

  it("does not store the headers that belong to one transfer", () => {
    const response = storeResponse(200, { "content-length": "4", "transfer-encoding": "chunked", etag: '"x"', "x-a": "1" }, Buffer.from("body"));
    expect(response.headers).toEqual([
      ["etag", '"x"'],
      ["x-a", "1"],
    ]);
    expect(response.etag).toBe('"x"');
  });
});

describe("the Content-Security-Policy nonce", () => {
  const csp = "script-src 'self' 'nonce-AAAA/bbb+==' 'strict-dynamic'; style-src 'nonce-AAAA/bbb+=='";
  const link = '</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="AAAA/bbb+=="';
  const html = '<script nonce="AAAA/bbb+==">a</script><p>text</p><style nonce="AAAA/bbb+=="></style>';
  const page = storeResponse(200, { "content-type": "text/html", "content-security-policy": csp, link }, Buffer.from(html));

  it("is new in every answer: in the policy, the preload links, and on every script and style", () => {
    const one = withFreshNonce(page);
    const two = withFreshNonce(page);
    const nonceOf = (copy: typeof one) => /'nonce-([^']+)'/.exec(copy.headers.find(([n]) => n === "content-security-policy")![1])![1]!;
    expect(nonceOf(one)).not.toBe(nonceOf(two));
    for (const copy of [one, two]) {
      const nonce = nonceOf(copy);
      expect(nonce).not.toBe("AAAA/bbb+==");
      expect(Buffer.concat(copy.chunks).toString()).toBe(html.split("AAAA/bbb+==").join(nonce));
      expect(copy.length).toBe(Buffer.concat(copy.chunks).length);
      expect(copy.headers.find(([n]) => n === "content-security-policy")![1]).toBe(csp.split("AAAA/bbb+==").join(nonce));
      expect(copy.headers.find(([n]) => n === "link")![1]).toBe(link.split("AAAA/bbb+==").join(nonce));
    }
  });

  it("leaves answers without one as they are", () => {
    const json = storeResponse(200, { "content-type": "application/json" }, Buffer.from('{"a":1}'));
    expect(Buffer.concat(withFreshNonce(json).chunks).toString()).toBe('{"a":1}');
  });
});
