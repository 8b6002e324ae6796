// Any other address under /api/v1 is a problem+json 404, not the site's HTML page.
import { methods } from "@/lib/http/api-route";
import { problem } from "@/lib/http/problem";

type Context = { params: Promise<{ path: string[] }> };

const notFound = async (request: Request) =>
  problem(404, `There is nothing at ${new URL(request.url).pathname}; see /api/v1/openapi.json for the API's addresses`);

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<Context>({
  GET: notFound,
  POST: notFound,
  PATCH: notFound,
  DELETE: notFound,
});
