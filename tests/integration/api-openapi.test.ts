// The OpenAPI document is valid OpenAPI 3.1 (checked by a real validator) and matches the
// code: every documented operation is served by a route file, every route file is
// documented, and the query parameters listed are exactly the ones the handlers accept.
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, describe, expect, it } from "vitest";
import { jsonSchemaOf } from "@/lib/api/json-schema";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiResources, operations } from "@/lib/api/registry";
import { db } from "@/lib/db/client";
import { exportFile, readerExportFile } from "@/lib/export/export-format";
import { boundRoute, call, type RouteModule } from "./api-support";

afterAll(() => db.$disconnect());

// Every route file under app/api/v1, by its folder ("positions/[id]").
const routeFiles = import.meta.glob<RouteModule>("../../app/api/v1/**/route.ts");
const folderOf = (file: string) => file.replace("../../app/api/v1/", "").replace(/\/route\.ts$/, "");
const routeFolders = () => Object.keys(routeFiles).map(folderOf);

/** The values of a route folder's [param] segments in a documented path ("positions/[id]" at "/positions/{id}"). */
function paramsFor(folder: string, path: string): Record<string, string> {
  const names = folder.split("/");
  const values = path.slice(1).split("/");
  return Object.fromEntries(names.flatMap((name, i) => (name.startsWith("[") ? [[name.slice(1, -1), values[i]!.replace(/^\{id\}$/, "x")]] : [])));
}

function load(folder: string): Promise<RouteModule> {
  const loader = routeFiles[`../../app/api/v1/${folder}/route.ts`];
  if (!loader) throw new Error(`lib/api/registry.ts documents app/api/v1/${folder}, which has no route.ts`);
  return loader();
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(buildOpenApiDocument() as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("documents every route file, and every documented operation is served", async () => {
    const documented = new Set(operations.map((op) => op.route));
    for (const folder of routeFolders()) {
      if (folder.startsWith("[...")) continue;
      expect(documented, `app/api/v1/${folder}/route.ts is not in lib/api/registry.ts`).toContain(folder);
    }
    // Each documented address, with the methods documented for it, against what its route file allows there.
    for (const path of new Set(operations.map((op) => op.path))) {
      const ops = operations.filter((op) => op.path === path);
      const route = await load(ops[0]!.route);
      const preflight = await route.OPTIONS!(new Request(`http://parley.test/api/v1${path}`, { method: "OPTIONS" }), {
        params: Promise.resolve(paramsFor(ops[0]!.route, path)),
      });
      const allowed = preflight.headers.get("allow")!.split(", ").filter((m) => m !== "HEAD" && m !== "OPTIONS");
      expect(allowed.sort(), path).toEqual(ops.map((op) => op.method.toUpperCase()).sort());
    }
  });

  it("answers a resource the registry does not know with a problem+json 404, whatever the method", async () => {
    for (const folder of ["[resource]", "[resource]/[id]", "[resource]/[id]/[action]"]) {
      const route = await load(folder);
      for (const method of ["GET", "POST", "PATCH", "DELETE"] as const) {
        const response = await route[method]!(new Request("http://parley.test/api/v1/elsewhere/x/restore", { method }), {
          params: Promise.resolve({ resource: "elsewhere", id: "x", action: "restore" }),
        });
        expect(response.status, `${method} ${folder}`).toBe(404);
        expect(response.headers.get("content-type")).toContain("application/problem+json");
      }
    }
    const unknownAction = await (await load("[resource]/[id]/[action]")).POST!(
      new Request("http://parley.test/api/v1/positions/x/elsewhere", { method: "POST" }),
      { params: Promise.resolve({ resource: "positions", id: "x", action: "elsewhere" }) },
    );
    expect(unknownAction.status).toBe(404);
  });

  it("lists exactly the query parameters each handler accepts", async () => {
    for (const op of operations.filter((o) => o.query)) {
      const route = boundRoute(await load(op.route), paramsFor(op.route, op.path));
      for (const name of Object.keys(op.query!.shape)) {
        const response = await call(route, "GET", `/api/v1${op.path}?${name}=x`);
        const body = (await response.json()) as { errors?: Record<string, string[]> };
        expect(JSON.stringify(body.errors ?? {}), `${op.path} ${name}`).not.toContain("Unknown query parameter");
      }
      // The search page's schema ignores parameters it does not know; every other list refuses them.
      if (op.path === "/search") continue;
      const unknown = await call(route, "GET", `/api/v1${op.path}?undocumented=1`);
      expect(unknown.status, op.path).toBe(422);
    }
  });

  it("names a schema for every answer and request body it refers to", () => {
    const doc = buildOpenApiDocument();
    const refs = JSON.stringify(doc.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(doc.components.schemas).toHaveProperty(ref.split("/").at(-1)!);
    expect(Object.keys(doc.paths).length).toBe(new Set(operations.map((op) => op.path)).size);
  });

  it("describes the export file as the reader export or the archive, each by the schema it is checked against, with no ETag, which it does not send", () => {
    type Answer = { headers?: Record<string, unknown>; content: Record<string, { schema: { $ref?: string; oneOf?: { $ref: string }[] } }> };
    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, { get: { responses: Record<string, Answer> } }>; components: { schemas: Record<string, unknown> } };
    const file = doc.paths["/export.json"]!.get.responses["200"]!;
    expect(file.content["application/json"]!.schema.oneOf).toEqual([{ $ref: "#/components/schemas/ExportFile" }, { $ref: "#/components/schemas/ArchiveExportFile" }]);
    expect(doc.components.schemas.ExportFile).toEqual({ ...jsonSchemaOf(readerExportFile, "output"), description: expect.stringContaining("scope=reader") });
    expect(doc.components.schemas.ArchiveExportFile).toEqual({ ...jsonSchemaOf(exportFile, "output"), description: expect.stringContaining("scope=archive") });
    expect(file.headers ?? {}).not.toHaveProperty("ETag");
    // Answers that do carry one still say so.
    expect(doc.paths["/search"]!.get.responses["200"]!.headers).toHaveProperty("ETag");
  });

  it("promises a 304 only where an answer carries an ETag to ask with, and the ETag a retraction or a revert to it answers with", () => {
    type Answers = Record<string, { headers?: Record<string, unknown> }>;
    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, { responses: Answers }>> };
    for (const path of ["/export.json", "/export.csv"]) expect(Object.keys(doc.paths[path]!.get!.responses), path).not.toContain("304");
    for (const path of ["/positions", "/positions/{id}", "/search", "/revisions/{id}"]) expect(Object.keys(doc.paths[path]!.get!.responses), path).toContain("304");
    for (const r of apiResources) {
      expect(doc.paths[`/${r.path}/{id}`]!.delete!.responses["204"]!.headers, r.path).toHaveProperty("ETag");
      const revert = doc.paths[`/${r.path}/{id}/revert`]!.post!.responses;
      expect(revert["200"]!.headers, r.path).toHaveProperty("ETag");
      expect(revert["204"]?.headers, r.path).toHaveProperty("ETag");
    }
  });
});
