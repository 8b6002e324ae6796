// The OpenAPI document of the existing resources is pinned (tests/fixtures/openapi.json):
// serving them through the registry and dynamic route segments must not change one
// address, method, status, parameter or schema. A new kind's resource adds paths and
// schemas of its own, which this leaves to api-openapi.test.ts; to change an existing one
// deliberately, write the document GET /api/v1/openapi.json answers into the fixture.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

type Doc = { paths: Record<string, unknown>; components: { schemas: Record<string, unknown>; securitySchemes: unknown }; tags: { name: string }[] } & Record<string, unknown>;
const pinned = JSON.parse(readFileSync("tests/fixtures/openapi.json", "utf8")) as Doc;
const now = JSON.parse(JSON.stringify(buildOpenApiDocument())) as Doc;

describe("the OpenAPI document", () => {
  it("keeps every pinned path, in its order, with the same operations", () => {
    const paths = Object.keys(now.paths).filter((path) => path in pinned.paths);
    expect(paths).toEqual(Object.keys(pinned.paths));
    for (const path of paths) expect(now.paths[path], path).toEqual(pinned.paths[path]);
  });

  it("keeps every pinned schema, tag and heading", () => {
    for (const [name, schema] of Object.entries(pinned.components.schemas)) expect(now.components.schemas[name], name).toEqual(schema);
    expect(now.tags.filter((tag) => pinned.tags.some((t) => t.name === tag.name))).toEqual(pinned.tags);
    for (const key of ["openapi", "info", "servers"]) expect(now[key], key).toEqual(pinned[key]);
    expect(now.components.securitySchemes).toEqual(pinned.components.securitySchemes);
  });
});
