// The health check a load balancer or orchestrator polls: GET /health answers 200 while this
// instance can serve readers (its database answers), 503 while it cannot or while it is
// shutting down, so that no new reader is sent to it. Answered by server.ts before the
// response cache and Next.js, never cached, and free of the host checks: balancers call
// instances by address.
//
// Free of server-only imports: server.ts loads it outside Next.js.
import type { IncomingMessage, ServerResponse } from "node:http";

export const HEALTH_PATH = "/health";
const DATABASE_TIMEOUT_MS = 2_000;

export type HealthCheck = {
  /** Answers the request if it is a health check; returns whether it did. */
  answer(request: IncomingMessage, response: ServerResponse): boolean;
  /** From now on, answer 503: the instance is finishing its requests before it stops. */
  drain(): void;
};

export function healthCheck(pingDatabase: () => Promise<unknown>): HealthCheck {
  let draining = false;
  return {
    drain: () => void (draining = true),
    answer(request, response) {
      const path = (request.url ?? "").split("?")[0];
      if (path !== HEALTH_PATH || (request.method !== "GET" && request.method !== "HEAD")) return false;
      void status(pingDatabase, draining).then(({ ok, body }) => {
        const json = JSON.stringify(body);
        response.writeHead(ok ? 200 : 503, {
          "content-type": "application/json",
          "cache-control": "no-store",
          "content-length": Buffer.byteLength(json),
        });
        response.end(request.method === "HEAD" ? undefined : json);
      });
      return true;
    },
  };
}

async function status(pingDatabase: () => Promise<unknown>, draining: boolean) {
  if (draining) return { ok: false, body: { status: "draining" } };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pingDatabase(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("no answer within 2 s")), DATABASE_TIMEOUT_MS))),
    ]);
    return { ok: true, body: { status: "ok", database: "ok" } };
  } catch (error) {
    return { ok: false, body: { status: "unavailable", database: (error as Error).message || "unreachable" } };
  } finally {
    clearTimeout(timer);
  }
}
