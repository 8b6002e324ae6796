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
  headers.set("host", "parley.test");
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
    db.revision.count(),
  ]);
  const revisions = await db.revision.findMany({ select: { id: true, after: true }, orderBy: { id: "asc" } });
  const versions = await Promise.all([
    db.negotiation.aggregate({ _sum: { version: true } }), db.party.aggregate({ _sum: { version: true } }),
    db.issue.aggregate({ _sum: { version: true } }), db.position.aggregate({ _sum: { version: true } }),
    db.source.aggregate({ _sum: { version: true } }), db.event.aggregate({ _sum: { version: true } }),
    db.commitment.aggregate({ _sum: { version: true } }),
  ]);
  const digest = createHash("sha256").update(JSON.stringify(revisions)).digest("hex");
  return { counts, versions: versions.map((v) => v._sum.version), digest };
}

import * as commitmentItem from "@/app/api/v1/commitments/[id]/route";
import * as commitmentList from "@/app/api/v1/commitments/route";
import * as eventItem from "@/app/api/v1/events/[id]/route";
import * as eventList from "@/app/api/v1/events/route";
import * as issueItem from "@/app/api/v1/issues/[id]/route";
import * as issueList from "@/app/api/v1/issues/route";
import * as negotiationItem from "@/app/api/v1/negotiations/[id]/route";
import * as negotiationList from "@/app/api/v1/negotiations/route";
import * as partyItem from "@/app/api/v1/parties/[id]/route";
import * as partyList from "@/app/api/v1/parties/route";
import * as positionItem from "@/app/api/v1/positions/[id]/route";
import * as positionList from "@/app/api/v1/positions/route";
import * as sourceItem from "@/app/api/v1/sources/[id]/route";
import * as sourceList from "@/app/api/v1/sources/route";
import type { EntityType } from "@/lib/revisions/record-revision";

/** Each record kind's two route modules, by entity type. */
export const recordRoutes: Record<EntityType, { list: RouteModule; item: RouteModule }> = {
  negotiation: { list: negotiationList as RouteModule, item: negotiationItem as RouteModule },
  party: { list: partyList as RouteModule, item: partyItem as RouteModule },
  issue: { list: issueList as RouteModule, item: issueItem as RouteModule },
  position: { list: positionList as RouteModule, item: positionItem as RouteModule },
  source: { list: sourceList as RouteModule, item: sourceItem as RouteModule },
  event: { list: eventList as RouteModule, item: eventItem as RouteModule },
  commitment: { list: commitmentList as RouteModule, item: commitmentItem as RouteModule },
};

import * as commitmentRestore from "@/app/api/v1/commitments/[id]/restore/route";
import * as eventRestore from "@/app/api/v1/events/[id]/restore/route";
import * as issueRestore from "@/app/api/v1/issues/[id]/restore/route";
import * as negotiationRestore from "@/app/api/v1/negotiations/[id]/restore/route";
import * as partyRestore from "@/app/api/v1/parties/[id]/restore/route";
import * as positionRestore from "@/app/api/v1/positions/[id]/restore/route";
import * as sourceRestore from "@/app/api/v1/sources/[id]/restore/route";

/** Each record kind's restore route. */
export const recordRestoreRoutes: Record<EntityType, RouteModule> = {
  negotiation: negotiationRestore as RouteModule,
  party: partyRestore as RouteModule,
  issue: issueRestore as RouteModule,
  position: positionRestore as RouteModule,
  source: sourceRestore as RouteModule,
  event: eventRestore as RouteModule,
  commitment: commitmentRestore as RouteModule,
};
