// Methods no address of Parley supports, answered at the server's edge (server.ts). Next.js
// hands every request to the Fetch API's Request, which refuses TRACE
// outright; left to it, they were a 500. They are 501 problems instead: RFC 9110 gives 501
// to a method the server supports for no resource.
//
// Free of server-only imports: server.ts loads it outside Next.js.
import type { IncomingMessage, ServerResponse } from "node:http";
import { problemTitles, problemType } from "./problem";

const unsupported = new Set(["TRACE"]);

/** Answers the request if its method is one no address supports; returns whether it did. */
export function answerUnsupportedMethod(request: IncomingMessage, response: ServerResponse): boolean {
  const method = (request.method ?? "").toUpperCase();
  if (!unsupported.has(method)) return false;
  const body = JSON.stringify({
    type: problemType(501),
    title: problemTitles[501],
    status: 501,
    detail: `Parley supports no ${method} requests`,
  });
  response.writeHead(501, {
    "content-type": "application/problem+json",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
  return true;
}
