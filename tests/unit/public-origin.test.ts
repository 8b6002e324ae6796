// The one public origin that cache keys and absolute links are built from, and the
// settings that decide it.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import { isAllowedHost, isHttpsRequest, publicOrigin, type HeaderGetter } from "@/lib/request/public-origin";

const headers =
  (values: Record<string, string | undefined>): HeaderGetter =>
  (name) =>
    values[name];
const local = parseEnv({});
const allowing = (hosts: string) => parseEnv({ PARLEY_ALLOWED_HOSTS: hosts });

describe("publicOrigin", () => {
  it("takes an allowed Host, with the scheme a proxy forwards", () => {
    expect(publicOrigin(headers({ host: "127.0.0.1:3140" }), { settings: local })?.origin).toBe("http://127.0.0.1:3140");
    expect(publicOrigin(headers({ host: "LOCALHOST:3000" }), { settings: local })?.origin).toBe("http://localhost:3000");
    expect(publicOrigin(headers({ host: "[::1]:3000" }), { settings: local })?.origin).toBe("http://[::1]:3000");
    const proxied = headers({ host: "app:3000", "x-forwarded-host": "parley.example, proxy", "x-forwarded-proto": "https" });
    expect(publicOrigin(proxied, { settings: allowing("parley.example") })).toEqual({
      protocol: "https",
      host: "parley.example",
      origin: "https://parley.example",
    });
  });

  it("gives no origin for a host that is not listed or is not a bare host[:port]", () => {
    for (const h of [
      { host: "evil.example" },
      { host: "evil.example", "x-forwarded-host": "localhost:3000/negotiations/ruritania-talks" },
      { host: "localhost:3000", "x-forwarded-host": "evil.example" },
      { host: "localhost:3000/api/v1" },
      { host: 'localhost"><script>' },
      { host: "localhost:3000@evil.example" },
      { host: "localhost:99999999" },
      {},
    ]) {
      expect(publicOrigin(headers(h), { settings: local }), JSON.stringify(h)).toBeNull();
    }
  });

  it("ignores a scheme other than http or https", () => {
    expect(publicOrigin(headers({ host: "localhost", "x-forwarded-proto": "javascript" }), { settings: local })?.origin).toBe("http://localhost");
  });

  it("answers PARLEY_PUBLIC_ORIGIN whatever the request says", () => {
    const settings = parseEnv({ PARLEY_PUBLIC_ORIGIN: "https://parley.example.org" });
    for (const h of [{ host: "evil.example" }, { host: "localhost", "x-forwarded-host": "a/b", "x-forwarded-proto": "http" }, {}]) {
      expect(publicOrigin(headers(h), { settings })).toEqual({ protocol: "https", host: "parley.example.org", origin: "https://parley.example.org" });
    }
    expect(isHttpsRequest(headers({ "x-forwarded-proto": "http" }), settings)).toBe(true);
    expect(isHttpsRequest(headers({ "x-forwarded-proto": "https" }), local)).toBe(true);
    expect(isHttpsRequest(headers({}), local)).toBe(false);
  });

  it("reads an allowed host without a port as any port, with one as that port only", () => {
    expect(isAllowedHost("parley.example:8443", ["parley.example"])).toBe(true);
    expect(isAllowedHost("parley.example:8443", ["parley.example:443"])).toBe(false);
    expect(isAllowedHost("parley.example:443", ["parley.example:443"])).toBe(true);
    expect(isAllowedHost("sub.parley.example", ["parley.example"])).toBe(false);
  });
});

describe("the environment's schema", () => {
  it("has safe defaults: local host names only, no trusted proxy, cache on", () => {
    expect(local.PARLEY_ALLOWED_HOSTS).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(local.PARLEY_TRUSTED_PROXIES.list).toEqual([]);
    expect(local.PARLEY_PUBLIC_ORIGIN).toBeUndefined();
    expect(local).toMatchObject({ PORT: 3000, PARLEY_HOST: "0.0.0.0", PARLEY_CACHE: "on", PARLEY_CACHE_MAX_MB: 128 });
  });

  it("names every wrong setting and why", () => {
    const wrong = () =>
      parseEnv({
        PARLEY_PUBLIC_ORIGIN: "https://parley.example.org/parley",
        PARLEY_TRUSTED_PROXIES: "1",
        PARLEY_ALLOWED_HOSTS: "parley.example, evil.example/path",
        PARLEY_CACHE: "maybe",
        PORT: "http",
      });
    expect(wrong).toThrow(/PARLEY_PUBLIC_ORIGIN: give the origin only/);
    expect(wrong).toThrow(/PARLEY_TRUSTED_PROXIES: "1" is not an IP address or CIDR range/);
    expect(wrong).toThrow(/PARLEY_ALLOWED_HOSTS: "evil.example\/path" is not a host name/);
    expect(wrong).toThrow(/PARLEY_CACHE: use "on" or "off"/);
    expect(wrong).toThrow(/PORT:/);
  });

  it("reads proxies as addresses and ranges", () => {
    const { list, blockList } = parseEnv({ PARLEY_TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8, ::1, fd00::/8" }).PARLEY_TRUSTED_PROXIES;
    expect(list).toHaveLength(4);
    expect(blockList.check("10.20.30.40", "ipv4")).toBe(true);
    expect(blockList.check("11.0.0.1", "ipv4")).toBe(false);
    expect(blockList.check("fd12::1", "ipv6")).toBe(true);
  });
});
