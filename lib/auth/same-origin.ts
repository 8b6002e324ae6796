// Cross-site request forgery guard for route handlers that write. Server actions get the
// same check from Next.js (Origin against Host); API writes must call this themselves.
// A Bearer token is never sent by a browser on its own, so token requests pass; cookie
// requests must come from this site's own pages: their Origin names the public origin's
// host (lib/request/public-origin.ts), not merely whatever host the request says.
import { AppError } from "@/lib/errors/app-error";
import { originOfRequest } from "@/lib/request/public-origin";
import { logAccessDenied } from "./security-log";

export function assertSameOriginOrToken(request: Request): void {
  const h = request.headers;
  if (/^Bearer\s+\S+/i.test(h.get("authorization") ?? "")) return;

  const origin = h.get("origin");
  if (origin && origin !== "null") {
    const host = originOfRequest(request)?.host;
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (host && originHost === host) return;
  } else if (!origin) {
    // Browsers that omit Origin still say where a request came from.
    const site = h.get("sec-fetch-site");
    if (site === "same-origin" || site === "none") return;
  }
  const message = "Cross-site request refused: send it from Parley's own pages or with an API token";
  logAccessDenied(null, `${request.method} ${new URL(request.url).pathname} from ${origin ?? "no origin"}: ${message}`);
  throw new AppError("forbidden", message);
}
