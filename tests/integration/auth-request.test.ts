// Request-level guards: the cross-site check for route handlers that write, the client
// address used by the per-address limit, and reading the actor from a Request.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { clientAddress } from "@/lib/auth/client-address";
import { createUserFromCommandLine } from "@/lib/auth/create-user";
import { getActorFromRequest } from "@/lib/auth/get-actor";
import { assertSameOriginOrToken } from "@/lib/auth/same-origin";
import { createSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { call, expectProblem, recordRoutes } from "./api-support";

const positionList = recordRoutes.position.list;

afterAll(() => db.$disconnect());

const post = (headers: Record<string, string>) => new Request("http://parley.test/api/v1/positions", { method: "POST", headers });

describe("assertSameOriginOrToken", () => {
  it("lets through requests from Parley's own pages and requests with a token", () => {
    expect(() => assertSameOriginOrToken(post({ host: "parley.test", origin: "http://parley.test" }))).not.toThrow();
    expect(() =>
      assertSameOriginOrToken(post({ host: "10.0.0.5:3000", "x-forwarded-host": "parley.test", origin: "https://parley.test" })),
    ).not.toThrow();
    expect(() => assertSameOriginOrToken(post({ host: "parley.test", "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOriginOrToken(post({ host: "parley.test", origin: "https://evil.example", authorization: "Bearer parley_x" }))).not.toThrow();
  });

  it("refuses cross-site and unattributable cookie requests", () => {
    const cases: Record<string, string>[] = [
      { host: "parley.test", origin: "https://evil.example" },
      { host: "parley.test", origin: "null" },
      { host: "parley.test", origin: "http://parley.test.evil.example" },
      { host: "parley.test", "sec-fetch-site": "cross-site" },
      { host: "parley.test" },
      { host: "parley.test", origin: "not a url" },
      // A host Parley does not serve, however well the Origin matches it.
      { host: "evil.example", origin: "http://evil.example" },
      { host: "parley.test", "x-forwarded-host": "evil.example", origin: "http://evil.example" },
    ];
    for (const headers of cases) {
      expect(() => assertSameOriginOrToken(post(headers)), JSON.stringify(headers)).toThrow(/Cross-site request refused/);
    }
  });
});

describe("clientAddress", () => {
  const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

  it("reads the address the server's edge left in X-Forwarded-For", () => {
    expect(clientAddress(h("203.0.113.7"))).toBe("203.0.113.7");
    expect(clientAddress(h("::ffff:127.0.0.1"))).toBe("127.0.0.1");
    expect(clientAddress(h("not an address"))).toBe("unknown");
    expect(clientAddress(h())).toBe("unknown");
  });
});

describe("getActorFromRequest", () => {
  it("reads the session cookie or the bearer token of a Request", async () => {
    const user = await createUserFromCommandLine({
      email: `req-${randomUUID().slice(0, 8)}@example.org`,
      name: "Request Admin",
      role: "admin",
      password: "correct horse battery staple",
    });
    const { token } = await createSession(user.id);
    const withCookie = new Request("http://parley.example/", { headers: { cookie: `other=1; parley_session=${token}` } });
    expect(await getActorFromRequest(withCookie)).toEqual({ id: user.id, label: "Request Admin", role: "admin" });
    // Over HTTPS only the __Host- cookie counts.
    const httpsPlain = new Request("http://parley.example/", { headers: { cookie: `parley_session=${token}`, "x-forwarded-proto": "https" } });
    expect(await getActorFromRequest(httpsPlain)).toBeNull();
    const httpsHost = new Request("http://parley.example/", { headers: { cookie: `__Host-parley_session=${token}`, "x-forwarded-proto": "https" } });
    expect((await getActorFromRequest(httpsHost))?.id).toBe(user.id);

    const actor = { id: user.id, label: user.name, role: "admin" as const };
    const issued = await createApiToken({ actor, input: { name: "req", scope: "write" } });
    const withToken = new Request("http://parley.example/", { headers: { authorization: `Bearer ${issued.token}` } });
    expect(await getActorFromRequest(withToken)).toMatchObject({ id: user.id, scope: "write" });
    // A bad token does not fall back to the cookie.
    const both = new Request("http://parley.example/", { headers: { authorization: "Bearer parley_nope", cookie: `parley_session=${token}` } });
    expect(await getActorFromRequest(both)).toBeNull();
  });
});

describe("a malformed session cookie", () => {
  const malformed = ["%E0%A4%A", "%", "%%", "a%ZZb", "\u00ff".repeat(3), "x".repeat(4096)];

  it.each(malformed)("%j is no session, not an error", async (value) => {
    const request = new Request("http://parley.test/", { headers: { cookie: `parley_session=${value}` } });
    expect(await getActorFromRequest(request)).toBeNull();
  });

  it("makes an API write a 401, never a 500", async () => {
    for (const value of malformed) {
      const response = await call(positionList, "POST", "/api/v1/positions", {
        headers: { cookie: `parley_session=${value}`, origin: "http://parley.test" },
        json: { summary: "x" },
      });
      await expectProblem(response, 401);
    }
  });
});
