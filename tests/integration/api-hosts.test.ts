// The JSON API refuses a host Parley does not serve, as proxy.ts refuses it for pages, and
// every API answer — refused, missing, not allowed or given — carries the API's policy.
import { describe, expect, it } from "vitest";
import * as items from "@/app/api/v1/[resource]/[id]/route";
import * as lists from "@/app/api/v1/[resource]/route";
import * as search from "@/app/api/v1/search/route";
import * as elsewhere from "@/app/api/v1/[...path]/route";
import { API_POLICY } from "@/lib/http/api-route";
import { db } from "@/lib/db/client";
import { call, type RouteModule } from "./api-support";

const routes: [string, RouteModule, keyof RouteModule, string, Record<string, unknown>][] = [
  ["a list", lists as RouteModule, "GET", "/api/v1/parties", { resource: "parties" }],
  ["a record", items as RouteModule, "GET", "/api/v1/parties/no-such-party", { resource: "parties", id: "no-such-party" }],
  ["a write", lists as RouteModule, "POST", "/api/v1/sources", { resource: "sources" }],
  ["an unknown resource", lists as RouteModule, "GET", "/api/v1/nothing-here", { resource: "nothing-here" }],
  ["a method not allowed", search as RouteModule, "DELETE", "/api/v1/search", {}],
  ["a preflight", search as RouteModule, "OPTIONS", "/api/v1/search", {}],
  ["an unknown address", elsewhere as RouteModule, "GET", "/api/v1/no/such/thing", { path: ["no", "such", "thing"] }],
];

describe("the API and the host it is asked for", () => {
  it.each(routes)("refuses %s for a host Parley does not serve, changing nothing", async (_name, route, method, path, params) => {
    const sources = await db.source.count();
    const forged: Record<string, string>[] = [{ host: "evil.example" }, { host: "parley.test", "x-forwarded-host": "evil.example" }];
    for (const headers of forged) {
      const response = await call(route, method, path, { params, headers: { ...headers }, json: method === "POST" ? { outlet: "X", title: "Y" } : undefined });
      expect(response.status, JSON.stringify(headers)).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(((await response.json()) as { detail: string }).detail).toMatch(/does not answer for that host name/);
      expect(response.headers.get("content-security-policy")).toBe(API_POLICY);
    }
    expect(await db.source.count()).toBe(sources);
  });

  it.each(routes)("answers %s for its own host with the API's policy", async (_name, route, method, path, params) => {
    const response = await call(route, method, path, { params });
    expect(response.status).not.toBe(400);
    expect(response.headers.get("content-security-policy")).toBe(API_POLICY);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS on answers for an HTTPS public origin", async () => {
    const response = await call(lists as RouteModule, "GET", "/api/v1/parties", { params: { resource: "parties" }, headers: { "x-forwarded-proto": "https" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000");
  });
});
