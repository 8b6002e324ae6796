// Shared set-up for the API tests: real accounts and tokens in the test database, requests
// made as a client would (new Request) and handed to the route handlers themselves, and a
// fingerprint of the database to prove that refused requests change nothing.
import { createHash, randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { z } from "zod";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { createUserFromCommandLine } from "@/lib/auth/create-user";
import { createSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { problemSchema } from "@/lib/api/schemas/common";
import type { Actor } from "@/lib/auth/actor";

export const ORIGIN = "http://parley.test";

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
export type RouteModule = Partial<Record<"GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS", Handler>>;

export type Credentials = { token?: string; cookie?: string; origin?: string };

export type CallOptions = Credentials & {
  params?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** A value to send as JSON, or a raw string/bytes with the headers given. */
  json?: unknown;
  body?: BodyInit;
};

/** Calls a route module's handler with a Request built like a client's. */
export async function call(route: RouteModule, method: keyof RouteModule, path: string, options: CallOptions = {}) {
  const headers = new Headers(options.headers);
  if (!headers.has("host")) headers.set("host", "parley.test");
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.cookie) headers.set("cookie", `parley_session=${options.cookie}`);
  if (options.origin) headers.set("origin", options.origin);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(new URL(path, ORIGIN), { method, headers, body });
  const handler = route[method];
  if (!handler) throw new Error(`the route has no ${method} export`);
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

export async function readBody<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return schema.parse(await response.json());
}

/** Checks a response is problem+json of `status`, and returns the problem. */
export async function expectProblem(response: Response, status: number) {
  const text = await response.text();
  expect(response.status, text.slice(0, 500)).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = problemSchema.parse(JSON.parse(text));
  expect(problem.status).toBe(status);
  return problem;
}

export type ApiActors = {
  admin: Actor & { id: string };
  editor: Actor & { id: string };
  writeToken: string;
  readToken: string;
  editorSession: string;
  revokedToken: string;
};

/** An admin, an editor with a session, and API tokens of each scope, made through the accounts layer. */
export async function createApiActors(): Promise<ApiActors> {
  const tag = randomUUID().slice(0, 8);
  const password = "correct horse battery staple";
  const adminUser = await createUserFromCommandLine({ email: `api-admin-${tag}@example.org`, name: `API Admin ${tag}`, role: "admin", password });
  const editorUser = await createUserFromCommandLine({ email: `api-editor-${tag}@example.org`, name: `API Editor ${tag}`, role: "editor", password });
  const admin = { id: adminUser.id, label: adminUser.name, role: "admin" as const };
  const editor = { id: editorUser.id, label: editorUser.name, role: "editor" as const };
  const issue = (scope: "read" | "write") => createApiToken({ actor: admin, input: { name: `${scope} ${tag}`, scope } });
  const [write, read, revoked] = await Promise.all([issue("write"), issue("read"), issue("write")]);
  await revokeApiToken({ actor: admin, id: revoked.apiToken.id });
  const [writeToken, readToken, revokedToken] = [write.token, read.token, revoked.token];
  const { token: editorSession } = await createSession(editorUser.id);
  return { admin, editor, writeToken, readToken, editorSession, revokedToken };
}

/** Row counts of every table that holds records, and a digest of the whole history. */
export async function databaseFingerprint() {
  const counts = await Promise.all([
    db.negotiation.count(), db.party.count(), db.issue.count(), db.position.count(), db.source.count(),
    db.event.count(), db.commitment.count(), db.citation.count(), db.negotiationParty.count(),
    db.eventParticipant.count(), db.eventSource.count(), db.commitmentParty.count(), db.commitmentSource.count(),
    db.area.count(), db.revision.count(),
  ]);
  const revisions = await db.revision.findMany({ select: { id: true, after: true }, orderBy: { id: "asc" } });
  const versions = await Promise.all([
    db.negotiation.aggregate({ _sum: { version: true } }), db.party.aggregate({ _sum: { version: true } }),
    db.issue.aggregate({ _sum: { version: true } }), db.position.aggregate({ _sum: { version: true } }),
    db.source.aggregate({ _sum: { version: true } }), db.event.aggregate({ _sum: { version: true } }),
    db.commitment.aggregate({ _sum: { version: true } }), db.area.aggregate({ _sum: { version: true } }),
  ]);
  const digest = createHash("sha256").update(JSON.stringify(revisions)).digest("hex");
  return { counts, versions: versions.map((v) => v._sum.version), digest };
}

import * as actionRoute from "@/app/api/v1/[resource]/[id]/[action]/route";
import * as itemRoute from "@/app/api/v1/[resource]/[id]/route";
import * as listRoute from "@/app/api/v1/[resource]/route";
import { apiResources } from "@/lib/api/registry";
import type { EntityType } from "@/lib/records/registry";

/** A dynamic route module with its path segments fixed, called as the route file of one address was. */
export function boundRoute(route: RouteModule, fixed: Record<string, string>): RouteModule {
  return Object.fromEntries(
    Object.entries(route).map(([method, handler]) => [
      method,
      async (request: Request, context: { params: Promise<Record<string, unknown>> }) =>
        handler!(request, { params: context.params.then((params) => ({ ...params, ...fixed })) }),
    ]),
  ) as RouteModule;
}

const byType = <T>(make: (path: string) => T) =>
  Object.fromEntries(apiResources.map((r) => [r.entityType, make(r.path)])) as Record<EntityType, T>;

/** Each record kind's two route modules, by entity type. */
export const recordRoutes: Record<EntityType, { list: RouteModule; item: RouteModule }> = byType((resource) => ({
  list: boundRoute(listRoute as RouteModule, { resource }),
  item: boundRoute(itemRoute as RouteModule, { resource }),
}));

/** Each record kind's restore route. */
export const recordRestoreRoutes: Record<EntityType, RouteModule> = byType((resource) =>
  boundRoute(actionRoute as RouteModule, { resource, action: "restore" }),
);

/** A position's supersede and withdraw routes. */
export const supersedeRoute = boundRoute(actionRoute as RouteModule, { resource: "positions", action: "supersede" });
export const withdrawRoute = boundRoute(actionRoute as RouteModule, { resource: "positions", action: "withdraw" });
