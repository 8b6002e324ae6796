// GET: the OpenAPI 3.1 document, generated from the schemas the handlers validate with.
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { methods } from "@/lib/http/api-route";
import { jsonResponse } from "@/lib/http/json-response";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => jsonResponse(request, buildOpenApiDocument()),
});
