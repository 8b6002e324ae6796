// The API's plumbing without a database: entity tags, query strings, links, problem
// types and the JSON Schemas the OpenAPI document is made of.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { jsonSchemaOf } from "@/lib/api/json-schema";
import { listLinks } from "@/lib/api/links";
import { pageQuery } from "@/lib/api/schemas/common";
import { expectedVersion } from "@/lib/api/versions";
import { isAppError } from "@/lib/errors/app-error";
import { etagFor, etagMatches, versionFromIfMatch, weakEtagFor } from "@/lib/http/etag";
import { problem, problemFromError, problemType } from "@/lib/http/problem";
import { parseQuery, queryObject } from "@/lib/http/query";
import { positionListQuery } from "@/lib/positions/position-api-schema";
import { searchInput } from "@/lib/search/search-input";

describe("entity tags", () => {
  it("name a record's version, optionally with a digest of the body", () => {
    expect(etagFor("pos-1", 3)).toBe('"pos-1.v3"');
    const tag = etagFor("pos-1", 3, '{"a":1}');
    expect(tag).toMatch(/^"pos-1\.v3\.h[A-Za-z0-9_-]{16}"$/);
    expect(etagFor("pos-1", 3, '{"a":2}')).not.toBe(tag);
    expect(weakEtagFor("x")).toMatch(/^W\/"[A-Za-z0-9_-]{16}"$/);
  });

  it("read the version back from If-Match, for this record only", () => {
    expect(versionFromIfMatch(etagFor("pos-1", 3, "body"), "pos-1")).toBe(3);
    expect(versionFromIfMatch('"pos-1.v7"', "pos-1")).toBe(7);
    expect(versionFromIfMatch('W/"pos-1.v7", "other.v1"', "pos-1")).toBe(7);
    expect(versionFromIfMatch('"pos-2.v7"', "pos-1")).toBeNull();
    expect(versionFromIfMatch("garbage", "pos-1")).toBeNull();
    expect(versionFromIfMatch('"pos-1.v99999999999999"', "pos-1")).toBeNull();
    expect(versionFromIfMatch("*", "pos-1")).toBe("any");
  });

  it("match If-Match when any tag listed names the record as it is now", () => {
    expect(versionFromIfMatch('"pos-1.v6", "pos-1.v7"', "pos-1", 7)).toBe(7);
    expect(versionFromIfMatch('"pos-1.v6", "pos-1.v5"', "pos-1", 7)).toBe(6);
    const ifMatch = (header: string) => new Request("http://parley.test/api/v1/parties/p", { method: "PATCH", headers: { "if-match": header } });
    const current = { id: "p", version: 2 };
    expect(expectedVersion(ifMatch(`"p.v1", ${etagFor("p", 2, "{}")}`), current, undefined, "party")).toEqual({ version: 2, via: "if-match" });
    expect(() => expectedVersion(ifMatch('"p.v1", "other.v2"'), current, undefined, "party")).toThrow(/Someone else saved this party/);
  });

  it("compare weakly for If-None-Match", () => {
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });
});

describe("query strings", () => {
  const request = (query: string) => new Request(`http://parley.test/api/v1/positions?${query}`);

  it("become objects, with repeated parameters as lists", () => {
    expect(queryObject(new URL("http://x/?a=1&b=2&a=3"))).toEqual({ a: ["1", "3"], b: "2" });
  });

  it("parse with defaults, and name each bad or unknown parameter", () => {
    expect(parseQuery(request(""), pageQuery)).toEqual({ limit: 50 });
    expect(parseQuery(request("limit=200&cursor=abc"), pageQuery)).toEqual({ limit: 200, cursor: "abc" });
    try {
      parseQuery(request("limit=500&colour=red&limit=1"), pageQuery);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("validation");
      const fields = isAppError(error) ? error.details.fieldErrors! : {};
      expect(Object.keys(fields).sort()).toEqual(["colour", "limit"]);
      expect(fields.colour).toEqual(["Unknown query parameter “colour”"]);
    }
  });

  it("give one message for a date that is no date, and it does not deny the form of one that has it", () => {
    const messagesFor = (query: string, schema: z.ZodType, field: string) => {
      try {
        parseQuery(request(query), schema);
      } catch (error) {
        return isAppError(error) ? error.details.fieldErrors![field] : error;
      }
      return expect.unreachable(query);
    };
    for (const bad of ["2026-02-30", "2026-2-3", "30/02/2026", "1899-12-31", "2201-01-01"]) {
      expect(messagesFor(`asOf=${bad}`, positionListQuery, "asOf"), bad).toEqual(["Use a real date between 1900 and 2200, as YYYY-MM-DD"]);
    }
    expect(messagesFor("q=ceasefire&from=2026-02-30", searchInput, "from")).toEqual(["Use a real date, as YYYY-MM-DD"]);
  });

  it("name the choices of a parameter that takes one of a list, in words rather than Zod's default", () => {
    for (const [query, field, message] of [
      ["status=bogus", "status", "Give “status” as one of: current, superseded, withdrawn"],
      ["stance=maybe", "stance", "Give “stance” as one of: demands, proposes, offers, accepts, conditional, rejects, unclear"],
    ] as const) {
      try {
        parseQuery(request(query), positionListQuery);
        expect.unreachable(query);
      } catch (error) {
        expect(isAppError(error) && error.details.fieldErrors![field], query).toEqual([message]);
      }
    }
  });

  it("take a parameter named like an object's own member as a parameter like any other", () => {
    expect({ ...queryObject(new URL("http://x/?toString=1&constructor=2&__proto__=3")) }).toEqual({ toString: "1", constructor: "2", ["__proto__"]: "3" });
    for (const name of ["toString", "valueOf", "hasOwnProperty", "constructor", "__proto__"]) {
      try {
        parseQuery(request(`${name}=1`), pageQuery);
        expect.unreachable();
      } catch (error) {
        expect(isAppError(error) && error.code, name).toBe("validation");
        const fields = isAppError(error) ? error.details.fieldErrors! : {};
        expect(Object.keys(fields), name).toEqual([name]);
        expect(fields[name], name).toEqual([`Unknown query parameter “${name}”`]);
      }
    }
  });
});

describe("links", () => {
  it("point to the next page in the body (relative) and the Link header (absolute, on the public origin)", () => {
    const headers = { host: "parley.test", "x-forwarded-proto": "https" };
    const links = listLinks(new Request("http://parley.test/api/v1/parties?kind=state&cursor=old", { headers }), "new");
    expect(links.body).toEqual({ self: "/api/v1/parties?kind=state&cursor=old", next: "/api/v1/parties?kind=state&cursor=new" });
    expect(links.headers.link).toBe('<https://parley.test/api/v1/parties?kind=state&cursor=new>; rel="next"');
    const forged = new Request("http://parley.test/api/v1/parties?cursor=old", { headers: { host: "evil.example" } });
    expect(() => listLinks(forged, "new")).toThrow(/does not answer for that host name/);
    expect(listLinks(new Request("https://parley.example/api/v1/parties"), null)).toEqual({
      body: { self: "/api/v1/parties", next: null },
      headers: {},
    });
  });
});

describe("problems", () => {
  it("answer an unexpected error with a reference that is also in the log, and nothing of the error", async () => {
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const response = problemFromError(new Error("secret internals at /srv/parley"));
      const body = (await response.json()) as { status: number; detail: string; reference: string };
      expect(body.status).toBe(500);
      expect(body.reference).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.detail).toContain(body.reference);
      expect(JSON.stringify(body)).not.toContain("secret internals");
      expect(String(logged[0]?.[0])).toContain(body.reference);
    } finally {
      spy.mockRestore();
    }
  });

  it("are problem+json with a type that anchors the reference page", async () => {
    const response = problem(412, "Stale", { current: { id: "x" } }, { etag: '"x.v2"' });
    expect(response.status).toBe(412);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("etag")).toBe('"x.v2"');
    expect(await response.json()).toEqual({
      type: "/api#problem-precondition-failed",
      title: "Precondition failed",
      status: 412,
      detail: "Stale",
      current: { id: "x" },
    });
    expect(problemType(422)).toBe("/api#problem-invalid-fields");
  });
});

describe("JSON Schemas for the document", () => {
  it("list a field as required only when a missing value is refused", () => {
    const schema = z.strictObject({
      needed: z.string(),
      defaulted: z.number().default(1),
      blankIsNull: z.preprocess((v) => v ?? null, z.string().nullable()),
      optional: z.string().optional(),
    });
    const json = jsonSchemaOf(schema, "input");
    expect(json.required).toEqual(["needed"]);
    expect(json.additionalProperties).toBe(false);
    expect(json).not.toHaveProperty("$schema");
  });
});
