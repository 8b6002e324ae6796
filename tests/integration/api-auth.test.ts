// Who may write through the API: no credentials → 401, a read-only token or an account
// that may not edit → 403, a write token → yes, a session cookie only from Parley's own
// pages. Reads need nothing and are open to any origin; writes carry no CORS headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { positionItem } from "@/lib/positions/position-api-schema";
import { db } from "@/lib/db/client";
import { positionFields } from "../support/editing";
import { call, createApiActors, databaseFingerprint, expectProblem, ORIGIN, readBody, recordRoutes, type ApiActors, type Credentials } from "./api-support";

const routes = recordRoutes.position;
let actors: ApiActors;
let target: { id: string; etag: string };
let validBody: Record<string, unknown>;

beforeAll(async () => {
  actors = await createApiActors();
  validBody = await positionFields();
  const created = await call(routes.list, "POST", "/api/v1/positions", { token: actors.writeToken, json: await positionFields() });
  target = { id: (await readBody(created, positionItem)).id, etag: created.headers.get("etag")! };
});
afterAll(() => db.$disconnect());

/** The three writes, each as a client with `credentials` would send it. */
async function writes(credentials: Credentials) {
  const params = { id: target.id };
  return [
    await call(routes.list, "POST", "/api/v1/positions", { ...credentials, json: validBody }),
    await call(routes.item, "PATCH", `/api/v1/positions/${target.id}`, {
      ...credentials, params, headers: { "if-match": target.etag }, json: { summary: "Changed." },
    }),
    await call(routes.item, "DELETE", `/api/v1/positions/${target.id}`, { ...credentials, params, headers: { "if-match": target.etag } }),
  ];
}

describe("refused writes change nothing", () => {
  it("401 without credentials, with WWW-Authenticate, before the body is even read", async () => {
    const before = await databaseFingerprint();
    for (const response of await writes({})) {
      await expectProblem(response, 401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="parley"');
    }
    const garbage = await call(routes.list, "POST", "/api/v1/positions", { body: "{not json", headers: { "content-type": "text/plain" } });
    await expectProblem(garbage, 401);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("401 for a revoked, unknown or malformed token (no fallback to the cookie)", async () => {
    const before = await databaseFingerprint();
    for (const token of [actors.revokedToken, "parley_notarealtoken", "x"]) {
      for (const response of await writes({ token })) await expectProblem(response, 401);
    }
    for (const authorization of ["Basic dXNlcjpwYXNz", "Bearer", `Bearer ${actors.writeToken} extra`]) {
      const response = await call(routes.list, "POST", "/api/v1/positions", {
        cookie: actors.editorSession, origin: ORIGIN, headers: { authorization }, json: validBody,
      });
      await expectProblem(response, 401);
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("403 for a read-only token", async () => {
    const before = await databaseFingerprint();
    for (const response of await writes({ token: actors.readToken })) {
      const problem = await expectProblem(response, 403);
      expect(problem.detail).toMatch(/read-only/);
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("403 for a session cookie from another site, or from nowhere said", async () => {
    const before = await databaseFingerprint();
    for (const origin of ["https://evil.example", "null", undefined]) {
      for (const response of await writes({ cookie: actors.editorSession, origin })) {
        const problem = await expectProblem(response, 403);
        expect(problem.detail).toMatch(/Cross-site/);
      }
    }
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("allowed writes", () => {
  it("a session cookie from Parley's own pages may write, and the answer has no CORS headers", async () => {
    const response = await call(routes.list, "POST", "/api/v1/positions", {
      cookie: actors.editorSession, origin: ORIGIN, json: await positionFields(),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const record = await readBody(response, positionItem);
    const [revision] = await db.revision.findMany({ where: { entityId: record.id } });
    expect(revision!.actorId).toBe(actors.editor.id);

    const viaFetchMetadata = await call(routes.list, "POST", "/api/v1/positions", {
      cookie: actors.editorSession, headers: { "sec-fetch-site": "same-origin" }, json: await positionFields(),
    });
    expect(viaFetchMetadata.status).toBe(201);
  });

  it("a write token may write from any origin (a browser never sends it on its own)", async () => {
    const response = await call(routes.list, "POST", "/api/v1/positions", {
      token: actors.writeToken, origin: "https://elsewhere.example", json: await positionFields(),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const record = await readBody(response, positionItem);
    const [revision] = await db.revision.findMany({ where: { entityId: record.id } });
    expect(revision!.actorId).toBe(actors.admin.id);
    expect(revision!.actorLabel).toMatch(/API token “write /);
  });
});

describe("reads", () => {
  it("need no credentials, ignore them, and are open to any origin", async () => {
    for (const credentials of [{}, { token: actors.readToken }, { token: "parley_bogus" }, { origin: "https://elsewhere.example" }]) {
      const response = await call(routes.item, "GET", `/api/v1/positions/${target.id}`, { ...credentials, params: { id: target.id } });
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    }
  });
});
