// The OpenAPI document is pinned (tests/fixtures/openapi.json): moving the resources into
// their kinds' folders and serving them through dynamic route segments must not change one
// address, method, status, parameter or schema. Regenerate the fixture deliberately, with
// the document GET /api/v1/openapi.json answers, when the API itself changes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

const pinned = JSON.parse(readFileSync("tests/fixtures/openapi.json", "utf8")) as Record<string, unknown>;

describe("the OpenAPI document", () => {
  it("is the one pinned, path for path and schema for schema", () => {
    const now = JSON.parse(JSON.stringify(buildOpenApiDocument())) as Record<string, unknown>;
    expect(Object.keys(now.paths as object)).toEqual(Object.keys(pinned.paths as object));
    expect(now).toEqual(pinned);
  });
});
