import "server-only";
// The route exports of app/api/v1/[resource]/…: each request finds its resource in the
// registry by the path segment and is answered by that resource's handlers, with the same
// methods, statuses and headers a route file per resource gave. A segment naming no
// resource is a problem+json 404, whatever the method.
import { problem } from "@/lib/http/problem";
import { forThisSite, methods, withoutBodyForHead, type HttpMethod } from "@/lib/http/api-route";
import { refuseQuery } from "@/lib/http/query";
import { createRecord, listRecords, readRecord, restoreRecord, retractRecord, revertRecord, updateRecord } from "./handlers";
import { apiResources } from "./registry";
import type { ApiResource, ItemContext } from "./resource";

type Params = { resource: string; id?: string; action?: string };
type Context = { params: Promise<Params> };
type Route = Record<HttpMethod, (request: Request, context: ItemContext) => Promise<Response>>;

const byPath = new Map<string, ApiResource>(apiResources.map((r) => [r.path, r as unknown as ApiResource]));

const nothingAt = forThisSite(async (request: Request) => {
  const response = problem(404, `There is nothing at ${new URL(request.url).pathname}; see /api/v1/openapi.json for the API's addresses`);
  return withoutBodyForHead(response, request.method);
});

function dispatch(pick: (resource: ApiResource, params: Params) => Route | undefined) {
  const out = {} as Record<HttpMethod, (request: Request, context: Context) => Promise<Response>>;
  for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) {
    out[method] = async (request, context) => {
      const params = await context.params;
      const resource = byPath.get(params.resource);
      const route = resource && pick(resource, params);
      if (!route) return nothingAt(request, undefined);
      return route[method](request, { params: Promise.resolve({ id: params.id ?? "" }) });
    };
  }
  return out;
}

function cached<T>(build: (resource: ApiResource) => T) {
  const routes = new Map<ApiResource, T>();
  return (resource: ApiResource) => {
    if (!routes.has(resource)) routes.set(resource, build(resource));
    return routes.get(resource)!;
  };
}

/** Only a list takes query parameters: every other operation refuses any (`refuseQuery`). */
function noQuery<C>(handle: (request: Request, context: C) => Promise<Response>) {
  return (request: Request, context: C) => {
    refuseQuery(request);
    return handle(request, context);
  };
}

const listRoute = cached((r) =>
  methods({ GET: (request) => listRecords(request, r), POST: noQuery((request) => createRecord(request, r)) }),
);
const itemRoute = cached((r) =>
  methods<ItemContext>({
    GET: noQuery((request, context) => readRecord(request, r, context)),
    PATCH: noQuery((request, context) => updateRecord(request, r, context)),
    DELETE: noQuery((request, context) => retractRecord(request, r, context)),
  }),
);
const actionRoutes = cached((r) => {
  const routes = new Map<string, Route>([
    ["restore", methods<ItemContext>({ POST: noQuery((request, context) => restoreRecord(request, r, context)) })],
    ["revert", methods<ItemContext>({ POST: noQuery((request, context) => revertRecord(request, r, context)) })],
  ]);
  for (const [name, action] of Object.entries(r.actions ?? {})) {
    routes.set(name, methods<ItemContext>({ POST: noQuery((request, context) => action.handler(request, context, r)) }));
  }
  return routes;
});

/** GET lists a resource's records (filters, cursor pages); POST creates one. */
export const listRoutes = dispatch((resource) => listRoute(resource) as Route);
/** One record: GET reads it (with an ETag), PATCH changes the fields it names, DELETE retracts it. */
export const itemRoutes = dispatch((resource) => itemRoute(resource) as Route);
/** POST to one record's action: restore (undo a retraction), revert (go back to a revision's state), and the resource's own (a position's supersede, withdraw). */
export const actionRoutesOf = dispatch((resource, params) => actionRoutes(resource).get(params.action ?? ""));
