// Requests Next.js cannot take, answered at the server's edge (server.ts) as problems rather
// than the bare 500s Next.js gave them, with the headers every answer of Parley's carries:
// - TRACE: Next.js hands every request to the Fetch API's Request, which refuses it. RFC 9110
//   gives 501 to a method the server supports for no resource.
// - A path that is not valid percent-encoding ("/parties/%ZZ"): Next.js fails decoding its
//   route parameters before any of Parley's code runs. A 400: the address is malformed.
// - More than one Origin header: the server actions' origin check reads them as one URL and
//   throws. A 400: a browser sends one.
//
// Free of server-only imports: server.ts loads it outside Next.js.
import type { IncomingMessage, ServerResponse } from "node:http";
import { problemTitles, problemType } from "./problem";

const unsupportedMethods = new Set(["TRACE"]);

function refusal(request: IncomingMessage): { status: 400 | 501; detail: string } | null {
  const method = (request.method ?? "").toUpperCase();
  if (unsupportedMethods.has(method)) return { status: 501, detail: `Parley supports no ${method} requests` };
  const path = (request.url ?? "/").split("?", 1)[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, detail: "The address is not valid percent-encoding: each % must be followed by two hexadecimal digits of UTF-8" };
  }
  if ((request.headersDistinct.origin?.length ?? 0) > 1) return { status: 400, detail: "The request has more than one Origin header" };
  return null;
}

/** Answers the request if Next.js cannot take it; returns whether it did. */
export function answerRefusedAtEdge(request: IncomingMessage, response: ServerResponse): boolean {
  const refused = refusal(request);
  if (!refused) return false;
  const { status, detail } = refused;
  const body = JSON.stringify({ type: problemType(status), title: problemTitles[status], status, detail });
  response.writeHead(status, {
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'",
    "x-content-type-options": "nosniff",
  });
  response.end(body);
  return true;
}
